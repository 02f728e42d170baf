package org.entente.events;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;

/** Walks a connection page by page through its cursors. */
final class Pages {
    private Pages() {}

    @FunctionalInterface
    interface PageFetcher {
        /** The connection (with pageInfo { hasNextPage endCursor } and edges { node { id } }) of one page. */
        JsonPath page(int first, String after);
    }

    /** The node ids of every page of {@code size}, in order. */
    static List<String> pageThrough(int size, PageFetcher fetch) {
        List<String> ids = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = fetch.page(size, after);
            ids.addAll(page.getList("edges.node.id"));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null && ids.size() < 10_000);
        return ids;
    }
}
