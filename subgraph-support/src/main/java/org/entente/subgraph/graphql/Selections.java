package org.entente.subgraph.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** What the client selected under the field being resolved. */
public final class Selections {
    private Selections() {}

    /** Whether {@code field} is selected directly under the current field (in any fragment or alias). */
    public static boolean asksFor(Context context, String field) {
        return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains(field);
    }
}
