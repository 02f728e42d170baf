package org.entente.events.repository;

import java.util.Collection;
import java.util.stream.Collectors;

/** Ids bound as one {@code bigint[]} parameter, so the SQL text (and its plan) is the same for any number of ids. */
final class SqlArrays {
    private SqlArrays() {
    }

    /** The array literal of {@code ids}, to bind to {@code CAST(:param AS bigint[])}. */
    static String bigints(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
