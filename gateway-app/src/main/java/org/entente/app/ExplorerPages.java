package org.entente.app;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Serves the explorer (the {@code explorer} module's build, static files under
 * {@code META-INF/resources}, which Quarkus serves as they are) as a single-page app: a browser
 * that opens or reloads one of its addresses, such as {@code /actors/iran}, gets its
 * {@code index.html}, and the app's router shows the view. Files (a dot in the last segment),
 * the gateway's own paths and requests that do not ask for HTML are left to the other routes.
 */
@ApplicationScoped
public class ExplorerPages {

    private static final Logger LOG = Logger.getLogger(ExplorerPages.class);
    private static final String INDEX = "META-INF/resources/index.html";
    /** The gateway's own endpoints: never an address of the explorer. */
    private static final List<String> GATEWAY_PATHS = List.of("/graphql", "/graphiql", "/q");
    /** Vite names every asset by the hash of its content: a name is never reused. */
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    void register(@Observes Router router) {
        Buffer index = load();
        if (index == null) {
            LOG.warn("The explorer is not on the classpath (" + INDEX + "): only the GraphQL API is served");
            return;
        }
        router.get("/assets/*").handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                if (ctx.response().getStatusCode() == 200) {
                    ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
                }
            });
            ctx.next();
        });
        router.get().handler(ctx -> page(ctx, index));
    }

    private static void page(RoutingContext ctx, Buffer index) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        if (isAppAddress(ctx.normalizedPath()) && accept != null && accept.contains("text/html")) {
            // Always asked anew: it names the current build's assets.
            ctx.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .end(index);
        } else {
            ctx.next();
        }
    }

    /** An address the explorer's router may show: not a file, not one of the gateway's endpoints. */
    static boolean isAppAddress(String path) {
        for (String own : GATEWAY_PATHS) {
            if (path.equals(own) || path.startsWith(own + "/")) {
                return false;
            }
        }
        return !path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    private static Buffer load() {
        try (InputStream in = ExplorerPages.class.getClassLoader().getResourceAsStream(INDEX)) {
            return in == null ? null : Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
