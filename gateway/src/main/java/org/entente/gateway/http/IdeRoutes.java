package org.entente.gateway.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.entente.gateway.runtime.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * The GraphQL IDE at {@code /graphiql}: a page the application puts on its class path
 * ({@code entente.gateway.graphiql-page}), served while {@code entente.gateway.graphiql} is on. The
 * gateway ships no IDE: one is a web app with a build of its own, and an application may want
 * another one or none. When the setting is off, {@code /graphiql} and the page's own static address
 * (a page under {@code META-INF/resources} is a static file too) answer 404, so that turning the
 * IDE off in production needs nothing else.
 */
@ApplicationScoped
public class IdeRoutes {

    private static final Logger LOG = Logger.getLogger(IdeRoutes.class);
    static final String PATH = "/graphiql";
    private static final String STATIC_ROOT = "META-INF/resources/";

    @Inject
    GatewayConfig config;

    void register(@Observes Router router) {
        String resource = config.graphiqlPage().orElse(null);
        if (!config.graphiql()) {
            router.get(PATH).handler(ctx -> ctx.response().setStatusCode(404).end());
            if (resource != null && resource.startsWith(STATIC_ROOT)) {
                router.get("/" + resource.substring(STATIC_ROOT.length()))
                        .handler(ctx -> ctx.response().setStatusCode(404).end());
            }
            return;
        }
        if (resource == null) {
            LOG.warn("entente.gateway.graphiql is on but no entente.gateway.graphiql-page is set: no IDE is served");
            return;
        }
        Buffer page = load(resource);
        router.get(PATH)
                .handler(ctx -> ctx.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                        // The page names the current build's assets: always asked anew.
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                        .end(page));
    }

    private static Buffer load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        "entente.gateway.graphiql-page names " + resource + ", which is not on the class path");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
