package org.entente.subgraph.graphql;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Ids of {@code _entities} representations. The batch resolvers take the raw strings: SmallRye
 * does not convert the elements of a batched {@code @Id} list (with {@code @Id} it reads each raw
 * id as a JSON object and the batch fails), so the conversion happens here.
 */
public final class EntityIds {
    private EntityIds() {}

    /** Each id as a number, in order, or null where it cannot name a row (so it resolves to null). */
    public static List<Long> parse(List<String> ids) {
        return ids.stream().map(EntityIds::parse).toList();
    }

    /** The distinct ids that can name a row: what one batched statement loads. */
    public static List<Long> known(List<Long> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    /**
     * The entities a batch of representations names, in order: {@code load} reads the distinct
     * valid ids in one go, {@code toType} makes each entity found into its GraphQL type; an id that
     * names no row resolves to null.
     */
    public static <E, T> List<T> resolve(
            List<String> ids, Function<List<Long>, Map<Long, E>> load, Function<E, T> toType) {
        List<Long> parsed = parse(ids);
        Map<Long, E> found = load.apply(known(parsed));
        return parsed.stream()
                .map(id -> {
                    E entity = id == null ? null : found.get(id);
                    return entity == null ? null : toType.apply(entity);
                })
                .toList();
    }

    private static Long parse(String id) {
        if (id == null) {
            return null;
        }
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
