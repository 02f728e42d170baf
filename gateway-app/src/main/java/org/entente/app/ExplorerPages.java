package org.entente.app;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Serves the explorer (the {@code explorer} module's build, static files under
 * {@code META-INF/resources}, which Quarkus serves as they are) as a single-page app: a browser
 * that opens or reloads one of its addresses, such as {@code /actors/iran}, gets its
 * {@code index.html}, and the app's router shows the view. Files (a dot in the last segment),
 * the gateway's own paths and requests that do not ask for HTML are left to the other routes.
 *
 * <p>The explorer's runtime settings are served at {@value #CONFIG_PATH}, which the app reads at
 * start: the OIDC provider editors sign in with ({@code entente.explorer.oidc.*}), none by default.
 */
@ApplicationScoped
public class ExplorerPages {

    private static final Logger LOG = Logger.getLogger(ExplorerPages.class);
    private static final String INDEX = "META-INF/resources/index.html";
    /** The gateway's own endpoints: never an address of the explorer. */
    private static final List<String> GATEWAY_PATHS = List.of("/graphql", "/graphiql", "/q");
    /** Vite names every asset by the hash of its content: a name is never reused. */
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** The explorer's runtime settings, read by the app at start (a file's address: never a page). */
    static final String CONFIG_PATH = "/explorer/config.json";

    /** The OIDC provider's issuer (the authority editors sign in at); none: editors paste a token. */
    @ConfigProperty(name = "entente.explorer.oidc.issuer")
    Optional<String> oidcIssuer;

    /** The explorer's client id at that provider (a public client using PKCE). */
    @ConfigProperty(name = "entente.explorer.oidc.client-id")
    Optional<String> oidcClientId;

    @ConfigProperty(name = "entente.explorer.oidc.scope", defaultValue = "openid")
    String oidcScope;

    /** What the sign-in button calls the provider; its issuer's host name when unset. */
    @ConfigProperty(name = "entente.explorer.oidc.name")
    Optional<String> oidcName;

    void register(@Observes Router router) {
        Buffer settings =
                configJson(oidcIssuer, oidcClientId, oidcScope, oidcName).toBuffer();
        router.get(CONFIG_PATH)
                .handler(ctx -> ctx.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                        .end(settings));
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

    /**
     * The explorer's settings: {@code {"oidc": null}} unless both an issuer and a client id are
     * set, else {@code {"oidc": {"authority", "clientId", "scope", "name"}}}. None of it is secret.
     */
    static JsonObject configJson(
            Optional<String> issuer, Optional<String> clientId, String scope, Optional<String> name) {
        Optional<String> authority = issuer.map(String::trim).filter(s -> !s.isEmpty());
        Optional<String> client = clientId.map(String::trim).filter(s -> !s.isEmpty());
        if (authority.isEmpty() || client.isEmpty()) {
            if (authority.isPresent() != client.isPresent()) {
                LOG.warn("entente.explorer.oidc.issuer and .client-id go together: the explorer offers no sign-in");
            }
            return new JsonObject().putNull("oidc");
        }
        String shown = name.map(String::trim).filter(s -> !s.isEmpty()).orElseGet(() -> hostOf(authority.get()));
        return new JsonObject()
                .put(
                        "oidc",
                        new JsonObject()
                                .put("authority", authority.get())
                                .put("clientId", client.get())
                                .put("scope", scope == null || scope.isBlank() ? "openid" : scope.trim())
                                .put("name", shown == null ? authority.get() : shown));
    }

    private static String hostOf(String url) {
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
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
