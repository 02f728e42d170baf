package org.entente.subgraph.input;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.subgraph.errors.ClientException;

/**
 * An optional list of actor ids that narrows the link keys a graph search asks for
 * ({@code among}): only the links whose other end is one of them. Absent means no filter. An id
 * that is not a number names no actor and matches nothing; more than {@link #MAX_IDS} ids is
 * refused (BAD_USER_INPUT), so that one request cannot make a service build a huge set.
 */
public final class ActorIdFilter {

    /** The most ids a filter takes: the gateway's largest network (relations' maxNodes). */
    public static final int MAX_IDS = 2000;

    private final Set<Long> ids;

    private ActorIdFilter(Set<Long> ids) {
        this.ids = ids;
    }

    /**
     * Refuses more than {@link #MAX_IDS} ids (BAD_USER_INPUT): a field checks its argument before it
     * joins a batch, and builds the filter once for the batch.
     */
    public static void check(List<String> ids, String argument) {
        if (ids != null && ids.size() > MAX_IDS) {
            throw ClientException.badInput(argument + " takes at most " + MAX_IDS + " ids, not " + ids.size());
        }
    }

    /** The filter of these ids, or null for none (no argument). */
    public static ActorIdFilter of(List<String> ids, String argument) {
        if (ids == null) {
            return null;
        }
        check(ids, argument);
        Set<Long> numbers = new HashSet<>();
        for (String id : ids) {
            if (id == null) {
                continue; // names no actor
            }
            try {
                numbers.add(Long.parseLong(id));
            } catch (NumberFormatException notAnActorId) {
                // names no actor: matches nothing
            }
        }
        return new ActorIdFilter(Set.copyOf(numbers));
    }

    /** Whether a link to this actor passes: always without a filter. */
    public static boolean admits(ActorIdFilter filter, Long actor) {
        return filter == null || filter.ids.contains(actor);
    }

    /** The ids admitted. */
    public Set<Long> ids() {
        return ids;
    }
}
