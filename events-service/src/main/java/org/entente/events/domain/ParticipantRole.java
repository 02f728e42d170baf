package org.entente.events.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("The part an actor played in an event.")
public enum ParticipantRole {
    INITIATOR,
    TARGET,
    PARTICIPANT,
    HOST
}
