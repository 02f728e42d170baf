package org.entente.events.graphql;

import org.eclipse.microprofile.graphql.NonNull;

public class EventEdge {
    @NonNull
    public String cursor;

    @NonNull
    public Event node;

    static EventEdge of(String cursor, Event node) {
        EventEdge edge = new EventEdge();
        edge.cursor = cursor;
        edge.node = node;
        return edge;
    }
}
