package org.entente.events.domain;

import org.eclipse.microprofile.graphql.Description;

@Description("The statement's stance toward the actors it is about.")
public enum Stance {
    SUPPORTS,
    OPPOSES,
    NEUTRAL,
    UNKNOWN
}
