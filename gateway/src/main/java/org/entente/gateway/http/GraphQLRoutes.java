package org.entente.gateway.http;

import graphql.execution.CoercedVariables;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.gateway.execution.GatewayExecutor;
import org.entente.gateway.planning.PreparedOperation;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.ResponseError;
import org.entente.gateway.runtime.Gateway;
import org.entente.gateway.runtime.GatewayConfig;
import org.entente.gateway.runtime.OffLoopPreparer;
import org.entente.gateway.runtime.ServedSupergraph;
import org.jboss.logging.Logger;

/**
 * GraphQL over HTTP: {@code POST /graphql} (JSON body), {@code GET /graphql?query=...} for queries
 * only. 200 when the operation ran (errors included), 400 when it was refused (syntax, validation,
 * limits, cost, variables, introspection when off), 405 for a mutation over GET, 413 for a body
 * over the limit, 415 for a body that is not {@code application/json} in UTF-8, 503 before a
 * supergraph is loaded. A POST body that has not arrived within the request body timeout closes the
 * connection; an operation is prepared off the event loop and answered by its deadline.
 */
@ApplicationScoped
public class GraphQLRoutes {

    private static final Logger LOG = Logger.getLogger(GraphQLRoutes.class);
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String PLAN_HEADER = "Entente-Query-Plan";
    private static final String BODY_TIMER = "entente.bodyTimer";
    private static final ResponseError INTERNAL_ERROR =
            ResponseError.of("Internal gateway error", ResponseError.INTERNAL);

    @Inject
    Gateway gateway;

    @Inject
    GatewayConfig config;

    @Inject
    OffLoopPreparer preparer;

    void register(@Observes Router router) {
        // a route of its own: Vert.x wants a route's body handler before its other handlers
        router.post("/graphql").handler(this::bodyDeadline);
        router.post("/graphql")
                .handler(BodyHandler.create().setBodyLimit(config.maxRequestBytes()))
                .handler(this::post)
                .failureHandler(this::failure);
        router.get("/graphql").handler(this::get);
        router.route("/graphql").handler(ctx -> {
            ctx.response().putHeader("Allow", "GET, POST");
            refuse(ctx, 405, "Only GET and POST are answered at /graphql");
        });
        if (config.graphiql()) {
            String explorer = ExplorerPage.html(config.explorerQuery());
            router.get("/graphiql")
                    .handler(ctx -> ctx.response()
                            .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                            .end(explorer));
        }
    }

    /**
     * Closes the connection of a POST whose body has not fully arrived within the request body
     * timeout. Vert.x's idle timeout cannot do this: it would also close connections whose client
     * waits quietly for a slow answer, and a body sent a byte at a time is never idle.
     */
    private void bodyDeadline(RoutingContext ctx) {
        long timer = ctx.vertx().setTimer(config.requestBodyTimeout().toMillis(), id -> {
            LOG.debugf("Closing a connection whose request body took longer than %s", config.requestBodyTimeout());
            ctx.response().reset();
        });
        ctx.put(BODY_TIMER, timer);
        ctx.addEndHandler(done -> ctx.vertx().cancelTimer(timer));
        ctx.next();
    }

    private void post(RoutingContext ctx) {
        ctx.vertx().cancelTimer(ctx.<Long>get(BODY_TIMER));
        String unsupported =
                MediaTypes.unsupportedRequestType(ctx.parsedHeaders().contentType());
        if (unsupported != null) {
            refuse(ctx, 415, unsupported);
            return;
        }
        Map<String, Object> body;
        try {
            Object parsed = Json.decodeValue(ctx.body().buffer());
            body = parsed instanceof io.vertx.core.json.JsonObject json ? json.getMap() : null;
        } catch (DecodeException | NullPointerException e) {
            body = null;
        }
        if (body == null) {
            refuse(ctx, 400, "The request body must be a JSON object with a query");
            return;
        }
        handle(ctx, body.get("query"), body.get("operationName"), body.get("variables"), body.get("extensions"), false);
    }

    private void get(RoutingContext ctx) {
        try {
            handle(
                    ctx,
                    ctx.queryParams().get("query"),
                    ctx.queryParams().get("operationName"),
                    jsonParam(ctx, "variables"),
                    jsonParam(ctx, "extensions"),
                    true);
        } catch (DecodeException e) {
            refuse(ctx, 400, "variables and extensions must be JSON objects");
        }
    }

    private static Object jsonParam(RoutingContext ctx, String name) {
        String value = ctx.queryParams().get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        Object parsed = Json.decodeValue(value);
        return parsed instanceof io.vertx.core.json.JsonObject json ? json.getMap() : parsed;
    }

    @SuppressWarnings("unchecked")
    private void handle(
            RoutingContext ctx,
            Object query,
            Object operationName,
            Object variables,
            Object extensions,
            boolean viaGet) {
        if (!(query instanceof String text) || text.isBlank()) {
            refuse(ctx, 400, "The request has no query");
            return;
        }
        if (operationName != null && !(operationName instanceof String)) {
            refuse(ctx, 400, "operationName must be a string");
            return;
        }
        if (variables != null && !(variables instanceof Map)) {
            refuse(ctx, 400, "variables must be a JSON object");
            return;
        }
        ServedSupergraph served = gateway.current().orElse(null);
        if (served == null) {
            respond(
                    ctx,
                    503,
                    ResponseError.of(
                            "The gateway has not loaded its supergraph yet", ResponseError.SUBGRAPH_UNAVAILABLE));
            return;
        }
        Deadline deadline = Deadline.after(config.requestTimeout());
        preparer.prepare(served.preparer(), text, (String) operationName).onComplete(prepared -> {
            try {
                if (prepared.failed()) {
                    throw prepared.cause();
                }
                run(ctx, served, prepared.result(), (Map<String, Object>) variables, extensions, viaGet, deadline);
            } catch (Throwable failure) { // a bug of ours or of a plugin's price: still an answer
                LOG.error("Request failed", failure);
                respond(ctx, 500, INTERNAL_ERROR);
            }
        });
    }

    /** Runs a prepared operation; back on the request's event loop. */
    private void run(
            RoutingContext ctx,
            ServedSupergraph served,
            PreparedOperation operation,
            Map<String, Object> variables,
            Object extensions,
            boolean viaGet,
            Deadline deadline) {
        if (operation.refused()) {
            respond(
                    ctx,
                    operation.error().internal() ? 500 : 400,
                    operation.error().errors());
            return;
        }
        if (viaGet && operation.isMutation()) {
            ctx.response().putHeader("Allow", "POST");
            respond(ctx, 405, ResponseError.of("Mutations must be sent with POST", ResponseError.BAD_USER_INPUT));
            return;
        }
        if (!config.introspection() && operation.plan().operation().hasIntrospection()) {
            refuse(ctx, 400, "Introspection (__schema, __type) is disabled on this gateway; __typename works");
            return;
        }
        boolean withPlan = config.exposeQueryPlan()
                && ("true".equalsIgnoreCase(ctx.request().getHeader(PLAN_HEADER))
                        || (extensions instanceof Map<?, ?> ext && Boolean.TRUE.equals(ext.get("queryPlan"))));
        CoercedVariables coerced;
        try {
            coerced = served.executor().variables(operation, variables);
        } catch (GatewayExecutor.InvalidVariablesException e) {
            respond(ctx, 400, ResponseError.of(e.getMessage(), ResponseError.BAD_USER_INPUT));
            return;
        }
        long cost = operation.cost().of(coerced);
        if (cost > config.maxCost()) {
            respond(ctx, 400, overCost(cost));
            return;
        }
        served.executor()
                .execute(operation, coerced, ctx.request().getHeader(HttpHeaders.AUTHORIZATION), deadline, withPlan)
                .onSuccess(response -> send(ctx, 200, response.toSpecification()))
                .onFailure(failure -> {
                    LOG.error("Execution failed", failure);
                    respond(ctx, 500, INTERNAL_ERROR);
                });
    }

    private ResponseError overCost(long cost) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("limit", "maxCost");
        extensions.put("maximum", config.maxCost());
        extensions.put("cost", cost);
        return ResponseError.of(
                "Operation is estimated to cost " + cost + "; the maximum is " + config.maxCost()
                        + " (every field costs 1, times the sizes of the lists above it): ask for smaller pages or"
                        + " fewer items",
                ResponseError.BAD_USER_INPUT,
                extensions);
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().closed()) {
            LOG.debugf("Connection closed before the request was read: %s", ctx.failure());
        } else if (ctx.statusCode() == 413) {
            refuse(ctx, 413, "The request body exceeds " + config.maxRequestBytes() + " bytes");
        } else {
            LOG.error("Request failed", ctx.failure());
            respond(ctx, 500, INTERNAL_ERROR);
        }
    }

    private void refuse(RoutingContext ctx, int status, String message) {
        respond(ctx, status, ResponseError.of(message, ResponseError.BAD_USER_INPUT));
    }

    private void respond(RoutingContext ctx, int status, ResponseError error) {
        respond(ctx, status, List.of(error));
    }

    /** A response without data: the operation did not run. */
    private void respond(RoutingContext ctx, int status, List<ResponseError> errors) {
        send(ctx, status, Map.of("errors", ResponseError.toSpecification(errors)));
    }

    private void send(RoutingContext ctx, int status, Map<String, Object> body) {
        if (ctx.response().ended()) {
            return;
        }
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        String type = accept != null && accept.contains(GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE : "application/json";
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=utf-8")
                .end(Json.encodeToBuffer(body));
    }
}
