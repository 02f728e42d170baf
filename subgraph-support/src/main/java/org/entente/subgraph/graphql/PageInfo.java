package org.entente.subgraph.graphql;

import io.smallrye.graphql.api.federation.Shareable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay page information: a value type both subgraphs define the same, hence shareable. */
@Shareable
@Description(
        "Relay page information. Pages go forward: hasPreviousPage is true when the page was requested with `after`.")
public class PageInfo {
    @NonNull
    public boolean hasNextPage;

    @NonNull
    public boolean hasPreviousPage;

    public String startCursor;
    public String endCursor;

    /** The page information of a page whose edges carry {@code cursors}, in order. */
    public static PageInfo of(boolean hasNextPage, boolean hasPreviousPage, List<String> cursors) {
        PageInfo info = new PageInfo();
        info.hasNextPage = hasNextPage;
        info.hasPreviousPage = hasPreviousPage;
        info.startCursor = cursors.isEmpty() ? null : cursors.get(0);
        info.endCursor = cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
        return info;
    }
}
