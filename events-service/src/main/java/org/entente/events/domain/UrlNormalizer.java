package org.entente.events.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.entente.subgraph.errors.ClientException;

/**
 * Reduces a source URL to the key that decides whether two URLs name the same document:
 * scheme and host lower-cased, default port, fragment and trailing slash dropped.
 * The query string is kept, because it often identifies the document.
 */
public final class UrlNormalizer {
    /**
     * The longest URL, in bytes of UTF-8: the key is unique, and a B-tree index entry of PostgreSQL
     * holds at most 2,704 bytes. (Browsers and servers rarely go beyond 2,000 characters.)
     */
    public static final int MAX_BYTES = 2_000;

    private UrlNormalizer() {}

    /** The key of {@code url}; BAD_USER_INPUT for anything but an absolute http(s) URL of at most {@link #MAX_BYTES}. */
    public static String normalize(String url) {
        if (url.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ClientException.badInput("url is longer than " + MAX_BYTES + " bytes (UTF-8)");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw notHttp(url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw notHttp(url);
        }
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (defaultPort ? "" : ":" + port)
                + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static ClientException notHttp(String url) {
        return ClientException.badInput("'" + url + "' is not an absolute http(s) URL");
    }
}
