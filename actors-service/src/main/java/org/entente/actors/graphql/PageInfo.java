package org.entente.actors.graphql;

import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay page information; a value type both subgraphs define, hence shareable. */
@Shareable
public class PageInfo {
    @NonNull
    public boolean hasNextPage;
    @NonNull
    public boolean hasPreviousPage;
    public String startCursor;
    public String endCursor;
}
