package org.entente.events;

import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.write;

import java.util.UUID;

/** Writes test data through the public mutations, with unique URLs and words so tests never collide. */
public final class Fixtures {
    private Fixtures() {}

    /** A word no other test uses, for full-text search and titles. */
    public static String uniqueWord() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static long source() {
        return Long.parseLong(ok(write("mutation { addSource(input: {title: \"Fixture\", url: \"https://news.example/"
                        + uniqueWord() + "\"}) { id } }"))
                .getString("data.addSource.id"));
    }

    /** Records an event; {@code extra} are further EventInput fields in GraphQL syntax. */
    public static long event(String title, String date, String extra) {
        return Long.parseLong(ok(write("mutation { recordEvent(input: {type: MEETING, title: \"" + title
                        + "\", date: \"" + date + "\", sourceIds: [" + source() + "] " + extra + "}) { id } }"))
                .getString("data.recordEvent.id"));
    }
}
