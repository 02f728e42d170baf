package org.entente.actors.graphql;

import org.eclipse.microprofile.graphql.NonNull;

public class DuplicateCandidateEdge {
    @NonNull
    public String cursor;

    @NonNull
    public DuplicateCandidate node;
}
