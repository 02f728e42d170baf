package org.entente.events.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of thing happened.")
public enum EventType {
    INVITATION,
    APPLICATION,
    ACCESSION,
    OBSERVER_STATUS,
    MEETING,
    VISIT,
    AGREEMENT,
    JOINT_EXERCISE,
    STATEMENT,
    OTHER
}
