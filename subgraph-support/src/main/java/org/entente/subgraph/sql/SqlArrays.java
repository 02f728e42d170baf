package org.entente.subgraph.sql;

import java.util.Collection;
import java.util.stream.Collectors;

/** Ids bound as one {@code bigint[]} parameter of native SQL, so its text (and plan) is the same for any number of ids. */
public final class SqlArrays {
    private SqlArrays() {}

    /** The array literal of {@code ids}, to bind to {@code CAST(:param AS bigint[])}. */
    public static String bigints(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
