package org.entente.events.graphql;

import org.eclipse.microprofile.graphql.NonNull;

public class EventEdge {
    @NonNull
    public String cursor;
    @NonNull
    public Event node;
}
