package org.entente.events.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.entente.subgraph.errors.ClientException;

/**
 * Reduces a source URL to the key that decides whether two URLs name the same document:
 * scheme and host lower-cased, default port, fragment and trailing slash dropped.
 * The query string is kept, because it often identifies the document.
 */
public final class UrlNormalizer {
    private UrlNormalizer() {}

    public static String normalize(String url) {
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
