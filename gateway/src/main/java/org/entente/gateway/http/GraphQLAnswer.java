package org.entente.gateway.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entente.gateway.execution.GatewayExecutor;
import org.entente.gateway.http.MediaTypes.ResponseType;
import org.entente.gateway.plugin.ResponseError;

/**
 * Writes the answer to one GraphQL-over-HTTP request: its media type, its status as the
 * GraphQL-over-HTTP specification gives it, and for a {@code GET} how it may be cached.
 *
 * <p>An operation that ran is 200, errors or not. A well-formed request refused before execution
 * (syntax, validation, limits, variables, persisted documents) gets its 4xx status with
 * {@code application/graphql-response+json}, and 200 with the legacy {@code application/json}:
 * the specification asks legacy servers for 200 there, since a legacy client cannot tell a
 * GraphQL error from an intermediary's by the status. A request that is not GraphQL over HTTP at all
 * (413, 415, 405, unreadable JSON) keeps its status with both.
 *
 * <p>An error-free answer to a {@code GET} without {@code Authorization} may be kept
 * {@code max-age} by browsers and shared caches; one with errors, or for a caller who identified
 * itself, is {@code no-store}, so that neither a passing failure nor one editor's answer is served
 * to others. {@code Vary} names the request headers the answer depends on.
 */
final class GraphQLAnswer {

    private final RoutingContext ctx;
    private final ResponseType type;
    private final boolean viaGet;
    private final Duration maxAge;

    GraphQLAnswer(RoutingContext ctx, ResponseType type, boolean viaGet, Duration maxAge) {
        this.ctx = ctx;
        this.type = type;
        this.viaGet = viaGet;
        this.maxAge = maxAge;
    }

    /** Not a GraphQL-over-HTTP request the gateway takes (or the gateway failed): this status. */
    void refuse(int status, ResponseError error) {
        refuse(status, List.of(error));
    }

    void refuse(int status, List<ResponseError> errors) {
        write(status, errorsOnly(errors), false);
    }

    /** A well-formed request refused before execution: {@code status}, or 200 for a legacy client. */
    void notRun(int status, ResponseError error) {
        notRun(status, List.of(error));
    }

    void notRun(int status, List<ResponseError> errors) {
        write(type == ResponseType.JSON ? 200 : status, errorsOnly(errors), false);
    }

    /**
     * The operation ran: its response (data, and errors when some part failed).
     *
     * @param cacheable whether an error-free answer may be cached (not when it carries a query plan)
     */
    void ran(GatewayExecutor.JsonResponse response, boolean cacheable) {
        write(200, response.json(), cacheable && !response.hasErrors());
    }

    private static Map<String, Object> errorsOnly(List<ResponseError> errors) {
        return Map.of("errors", ResponseError.toSpecification(errors));
    }

    private void write(int status, Map<String, Object> body, boolean cacheable) {
        write(status, Json.encodeToBuffer(body), cacheable);
    }

    private void write(int status, Buffer body, boolean cacheable) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type.mediaType() + "; charset=utf-8");
        if (viaGet) {
            ctx.response()
                    .putHeader(HttpHeaders.VARY, "Accept, Authorization")
                    .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl(cacheable));
        }
        ctx.response().end(body);
    }

    private String cacheControl(boolean cacheable) {
        boolean personal = ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
        if (!cacheable || personal || maxAge.toSeconds() <= 0) {
            return "private, no-store";
        }
        return "public, max-age=" + maxAge.toSeconds();
    }

    /** A refusal before the request's Accept header was understood: legacy JSON, never cached. */
    static void refuseUnacceptable(RoutingContext ctx, String message) {
        ctx.response()
                .setStatusCode(406)
                .putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.JSON + "; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Json.encodeToBuffer(errorsOnly(List.of(ResponseError.of(message, ResponseError.BAD_USER_INPUT)))));
    }
}
