package org.entente.events.graphql;

import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.Description;
import org.entente.events.service.Page;

import java.util.List;

/** Relay page information; defined identically in both subgraphs, hence shareable. */
@Shareable
@Description("Relay page information. Pages go forward: hasPreviousPage is true when the page was requested with `after`.")
public class PageInfo {
    public boolean hasNextPage;
    public boolean hasPreviousPage;
    public String startCursor;
    public String endCursor;

    /** The page information of {@code page}, whose edges carry {@code cursors} in order. */
    static PageInfo of(Page<?> page, List<String> cursors) {
        PageInfo info = new PageInfo();
        info.hasNextPage = page.hasNextPage();
        info.hasPreviousPage = page.hasPreviousPage();
        info.startCursor = cursors.isEmpty() ? null : cursors.get(0);
        info.endCursor = cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
        return info;
    }
}
