package org.entente.subgraph.history;

import org.eclipse.microprofile.graphql.Description;

/**
 * The kinds of record whose changes are kept. One enum for both subgraphs, so that the types of
 * their histories compose as one; each subgraph records only its own kinds (actors-service:
 * ACTOR, MEMBERSHIP, POSITION; events-service: EVENT, STATEMENT, SOURCE).
 */
@Description("The kind of record a change changed. actors-service keeps ACTOR, MEMBERSHIP and POSITION; "
        + "events-service EVENT, STATEMENT and SOURCE.")
public enum ChangedEntity {
    ACTOR,
    MEMBERSHIP,
    POSITION,
    EVENT,
    STATEMENT,
    SOURCE
}
