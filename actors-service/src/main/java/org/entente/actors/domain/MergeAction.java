package org.entente.actors.domain;

import org.eclipse.microprofile.graphql.Description;

/** What a step of the merge outbox does. */
@Description("What a step of the merge outbox did: MERGE an actor into another, or UNMERGE (undo) a merge.")
public enum MergeAction {
    /** An actor was merged into another: what refers to it now refers to the other. */
    MERGE,
    /** A merge was undone: what it moved refers to the merged actor again. */
    UNMERGE
}
