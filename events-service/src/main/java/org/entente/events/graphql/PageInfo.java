package org.entente.events.graphql;

import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.Description;

/** Relay page information; defined identically in both subgraphs, hence shareable. */
@Shareable
@Description("Relay page information. Pages go forward: hasPreviousPage is true when the page was requested with `after`.")
public class PageInfo {
    public boolean hasNextPage;
    public boolean hasPreviousPage;
    public String startCursor;
    public String endCursor;
}
