package org.entente.subgraph.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.errors.ErrorCode;
import org.jboss.logging.Logger;

/**
 * The HTTP edge of a subgraph's GraphQL endpoint: a request SmallRye would mishandle is refused
 * before it gets there, with an HTTP 4xx and a GraphQL error whose {@code extensions.code} is
 * BAD_USER_INPUT.
 *
 * <ul>
 *   <li>Only POST (405 otherwise): the gateway posts, and a subgraph has no subscriptions.</li>
 *   <li>Only {@code application/json}, in UTF-8 if a charset is named (415 otherwise): a form or
 *       {@code text/plain} post is what a hostile web page can make a browser send, and SmallRye
 *       read them as JSON; an unknown charset made it fail with an HTTP 500.</li>
 *   <li>At most {@code quarkus.http.limits.max-body-size} bytes (413 otherwise), read here.</li>
 *   <li>A well-formed body ({@link RequestEnvelope}, 400 otherwise) whose query parses
 *       ({@link DocumentCheck}, 400 otherwise).</li>
 * </ul>
 * A request that passes gets its answer's {@code Cache-Control} header ({@link CacheHints}).
 * Anything that still fails on this endpoint is answered as INTERNAL with a generic message
 * (HTTP 500), never with Quarkus' error page, which names classes.
 */
@ApplicationScoped
public class GraphQLRequestGuard {
    private static final Logger LOG = Logger.getLogger(GraphQLRequestGuard.class);

    /** Before SmallRye's routes for the same path (its GraphQL-over-WebSocket route has -99). */
    static final int ORDER = -101;

    private static final String JSON = "application/json";

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    private final DocumentCheck documents = new DocumentCheck();
    private CacheHints cacheHints;

    @Inject
    void cacheHints(EntityCacheSettings settings) {
        this.cacheHints = new CacheHints(settings.maxAge(), settings.rootFieldMaxAge());
    }

    /** Two routes: Vert.x runs a route's body handler before its other handlers, the headers are checked first. */
    void install(@Observes Router router) {
        String path = "/" + rootPath.replaceFirst("^/", "");
        router.route(path).order(ORDER - 1).handler(this::requirePostedJson);
        router.route(path)
                .order(ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue()))
                .handler(this::requireWellFormed)
                .failureHandler(this::answerFailure);
    }

    private void requirePostedJson(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(context, 405, "GraphQL requests to this service are POSTed");
            return;
        }
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (!isJsonInUtf8(contentType)) {
            refuse(
                    context,
                    415,
                    "the request body must be application/json in UTF-8, not "
                            + (contentType == null ? "without a content type" : "'" + contentType + "'"));
            return;
        }
        context.next();
    }

    private void requireWellFormed(RoutingContext context) {
        String query;
        try {
            Buffer body = context.body().buffer();
            query = RequestEnvelope.query(body == null ? new byte[0] : body.getBytes());
            documents.check(query);
        } catch (ClientException refusal) {
            refuse(context, 400, refusal.getMessage());
            return;
        }
        context.response().putHeader(HttpHeaders.CACHE_CONTROL, cacheHints.header(query));
        context.next();
    }

    /** The body handler fails a request with 413 when its body is too large; anything else is unexpected. */
    private void answerFailure(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        if (context.statusCode() == 413) {
            refuse(context, 413, "the request body is larger than " + maxBodySize.asLongValue() + " bytes");
            return;
        }
        LOG.errorf(context.failure(), "unexpected failure of a GraphQL request (status %d)", context.statusCode());
        answer(context, 500, "Internal error", ErrorCode.INTERNAL);
    }

    /** application/json, with no charset parameter or with UTF-8. */
    static boolean isJsonInUtf8(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase(JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")) {
                String charset =
                        parameter.length < 2 ? "" : parameter[1].strip().replace("\"", "");
                if (!charset.toLowerCase(Locale.ROOT).equals("utf-8")) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void refuse(RoutingContext context, int status, String message) {
        answer(context, status, message, ErrorCode.BAD_USER_INPUT);
    }

    private static void answer(RoutingContext context, int status, String message, ErrorCode code) {
        JsonObject error =
                new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code.name()));
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON + "; charset=utf-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
