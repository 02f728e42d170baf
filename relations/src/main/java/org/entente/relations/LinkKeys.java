package org.entente.relations;

import java.util.List;
import org.entente.dates.PartialDate;

/**
 * Turns the subgraphs' link keys (actors-service's {@code Actor.linkKeys}, events-service's
 * {@code Actor.linkKeysOfEvents}) into links that carry what a search needs: kind, id and the two
 * actors (and, for events, the participants' roles, which the id names). {@link LinkDetails} adds
 * the rest for the links an answer shows.
 */
final class LinkKeys {

    private LinkKeys() {}

    /**
     * The link a key names, or null for a statement dated after {@code asOf} (the subgraphs cannot
     * leave those out: a statement has no interval of validity, only a date; undated ones are kept).
     *
     * @throws IllegalStateException for a key of no known shape (a subgraph that does not speak this format)
     */
    static Link parse(String key, PartialDate asOf) {
        String[] parts = key.split(":", -1);
        switch (parts[0]) {
            case "MEMBERSHIP", "POSITION" -> {
                check(key, parts, 4);
                return skeleton(parts[0] + ":" + parts[1], LinkKind.valueOf(parts[0]), parts[2], parts[3], null, null);
            }
            case "PARENT" -> {
                check(key, parts, 3);
                return skeleton("PARENT:" + parts[1], LinkKind.PARENT, parts[1], parts[2], null, null);
            }
            case "EVENT" -> {
                check(key, parts, 6);
                // the participant with the smaller id first, so both ends of a link name it the same
                boolean asked = Ids.compare(parts[2], parts[4]) < 0;
                String first = asked ? parts[2] : parts[4];
                String firstRole = asked ? parts[3] : parts[5];
                String second = asked ? parts[4] : parts[2];
                String secondRole = asked ? parts[5] : parts[3];
                return skeleton(
                        String.join(":", "EVENT", parts[1], first, firstRole, second, secondRole),
                        LinkKind.EVENT,
                        first,
                        second,
                        firstRole,
                        secondRole);
            }
            case "STATEMENT" -> {
                check(key, parts, 5);
                PartialDate date = parts[4].isEmpty() ? null : PartialDate.parse(parts[4]);
                if (date != null && asOf != null && !date.beginsBy(asOf)) {
                    return null;
                }
                return skeleton(
                        "STATEMENT:" + parts[1] + ":" + parts[3], LinkKind.STATEMENT, parts[2], parts[3], null, null);
            }
            default -> throw new IllegalStateException("unknown link key " + key);
        }
    }

    /** The fact's id in its subgraph, as a key or a link id names it ({@code EVENT:7:…} → 7). */
    static String factId(Link link) {
        return link.id().split(":", 3)[1];
    }

    private static void check(String key, String[] parts, int length) {
        if (parts.length != length) {
            throw new IllegalStateException("malformed link key " + key);
        }
    }

    private static Link skeleton(String id, LinkKind kind, String from, String to, String fromRole, String toRole) {
        return new Link(
                id, kind, new Ref(from), new Ref(to), null, fromRole, toRole, null, null, null, null, null, List.of());
    }
}
