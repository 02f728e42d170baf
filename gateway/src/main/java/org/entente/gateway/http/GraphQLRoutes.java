package org.entente.gateway.http;

import graphql.execution.CoercedVariables;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.entente.gateway.execution.CacheTally;
import org.entente.gateway.execution.GatewayExecutor;
import org.entente.gateway.http.GraphQLRequest.MalformedRequestException;
import org.entente.gateway.http.MediaTypes.ResponseType;
import org.entente.gateway.persisted.PersistedRequests;
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
 * only, a document given as text or by id ({@link PersistedRequests}). Statuses as the
 * GraphQL-over-HTTP specification gives them (see {@link GraphQLAnswer}): 200 when the operation
 * ran; for {@code application/graphql-response+json} 400 for a document that does not parse, is not
 * valid, is over a limit, has bad variables or cannot be planned, 403 for a document that is not
 * trusted, 404 for an unknown persisted document (all of these 200 for legacy
 * {@code application/json}); 400 for a body that is not a JSON object with the right parameters;
 * 405 for a mutation over GET; 406 for an Accept header without a GraphQL type; 413 for a body over
 * the limit; 415 for a body that is not {@code application/json} in UTF-8; 503 before a supergraph is loaded. A POST body that has
 * not arrived within the request body timeout closes the connection; an operation is prepared off
 * the event loop and answered by its deadline.
 */
@ApplicationScoped
public class GraphQLRoutes {

    private static final Logger LOG = Logger.getLogger(GraphQLRoutes.class);
    static final String PLAN_HEADER = "Entente-Query-Plan";
    /** What the entity cache did for the request ({@code hit=3 miss=1}), on every answer it took part in. */
    static final String CACHE_HEADER = "Entente-Cache";

    private static final String BODY_TIMER = "entente.bodyTimer";
    private static final ResponseError INTERNAL_ERROR =
            ResponseError.of("Internal gateway error", ResponseError.INTERNAL);

    @Inject
    Gateway gateway;

    @Inject
    GatewayConfig config;

    @Inject
    OffLoopPreparer preparer;

    @Inject
    PersistedRequests persisted;

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
            Optional<GraphQLAnswer> answer = answer(ctx, false);
            answer.ifPresent(a -> a.refuse(405, badInput("Only GET and POST are answered at /graphql")));
        });
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
        Optional<GraphQLAnswer> answer = answer(ctx, false);
        if (answer.isEmpty()) {
            return;
        }
        String unsupported =
                MediaTypes.unsupportedRequestType(ctx.parsedHeaders().contentType());
        if (unsupported != null) {
            answer.get().refuse(415, badInput(unsupported));
            return;
        }
        Map<String, Object> body;
        try {
            Object parsed = Json.decodeValue(ctx.body().buffer());
            body = parsed instanceof JsonObject json ? json.getMap() : null;
        } catch (DecodeException | NullPointerException e) {
            body = null;
        }
        if (body == null) {
            answer.get().refuse(400, badInput("The request body must be a JSON object with a query"));
            return;
        }
        GraphQLRequest request;
        try {
            request = GraphQLRequest.of(
                    body.get("query"),
                    body.get("documentId"),
                    body.get("operationName"),
                    json(body.get("variables")),
                    json(body.get("extensions")));
        } catch (MalformedRequestException e) {
            answer.get().refuse(400, badInput(e.getMessage()));
            return;
        }
        handle(ctx, answer.get(), request, false);
    }

    private void get(RoutingContext ctx) {
        Optional<GraphQLAnswer> answer = answer(ctx, true);
        if (answer.isEmpty()) {
            return;
        }
        GraphQLRequest request;
        try {
            request = GraphQLRequest.of(
                    ctx.queryParams().get("query"),
                    ctx.queryParams().get("documentId"),
                    ctx.queryParams().get("operationName"),
                    jsonParam(ctx, "variables"),
                    jsonParam(ctx, "extensions"));
        } catch (DecodeException e) {
            answer.get().refuse(400, badInput("variables and extensions must be JSON objects"));
            return;
        } catch (MalformedRequestException e) {
            answer.get().refuse(400, badInput(e.getMessage()));
            return;
        }
        handle(ctx, answer.get(), request, true);
    }

    /** How to answer this request, or empty when its Accept header takes no GraphQL type (answered 406). */
    private Optional<GraphQLAnswer> answer(RoutingContext ctx, boolean viaGet) {
        Optional<ResponseType> type = MediaTypes.negotiate(ctx.parsedHeaders().accept());
        if (type.isEmpty()) {
            GraphQLAnswer.refuseUnacceptable(
                    ctx, "Accept must include " + MediaTypes.GRAPHQL_RESPONSE + " or " + MediaTypes.JSON);
            return Optional.empty();
        }
        return Optional.of(new GraphQLAnswer(ctx, type.get(), viaGet, config.getCacheMaxAge()));
    }

    /** JSON objects as maps (Vert.x may give nested ones as JsonObject); other values as they are. */
    private static Object json(Object value) {
        return value instanceof JsonObject object ? object.getMap() : value;
    }

    private static Object jsonParam(RoutingContext ctx, String name) {
        String value = ctx.queryParams().get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return json(Json.decodeValue(value));
    }

    private void handle(RoutingContext ctx, GraphQLAnswer answer, GraphQLRequest request, boolean viaGet) {
        PersistedRequests.Resolution resolution =
                persisted.resolve(request.query(), request.documentId(), request.extensions());
        if (resolution instanceof PersistedRequests.Refused refused) {
            answer.notRun(refused.status(), refused.error());
            return;
        }
        PersistedRequests.Run document = (PersistedRequests.Run) resolution;
        ServedSupergraph served = gateway.current().orElse(null);
        if (served == null) {
            answer.refuse(
                    503,
                    ResponseError.of(
                            "The gateway has not loaded its supergraph yet", ResponseError.SUBGRAPH_UNAVAILABLE));
            return;
        }
        Deadline deadline = Deadline.after(config.requestTimeout());
        preparer.prepare(served.preparer(), document.document(), request.operationName())
                .onComplete(prepared -> {
                    try {
                        if (prepared.failed()) {
                            throw prepared.cause();
                        }
                        if (!prepared.result().refused()) {
                            persisted.accepted(document);
                        }
                        run(ctx, answer, served, prepared.result(), request, viaGet, deadline);
                    } catch (Throwable failure) { // a bug of ours or of a plugin's price: still an answer
                        LOG.error("Request failed", failure);
                        answer.refuse(500, INTERNAL_ERROR);
                    }
                });
    }

    /** Runs a prepared operation; back on the request's event loop. */
    private void run(
            RoutingContext ctx,
            GraphQLAnswer answer,
            ServedSupergraph served,
            PreparedOperation operation,
            GraphQLRequest request,
            boolean viaGet,
            Deadline deadline) {
        if (operation.refused()) {
            answer.notRun(400, operation.error().errors());
            return;
        }
        if (viaGet && operation.isMutation()) {
            ctx.response().putHeader("Allow", "POST");
            answer.refuse(405, badInput("Mutations must be sent with POST"));
            return;
        }
        if (!config.introspection() && operation.plan().operation().hasIntrospection()) {
            answer.notRun(
                    400, badInput("Introspection (__schema, __type) is disabled on this gateway; __typename works"));
            return;
        }
        boolean withPlan = config.exposeQueryPlan()
                && ("true".equalsIgnoreCase(ctx.request().getHeader(PLAN_HEADER))
                        || (request.extensions() != null
                                && Boolean.TRUE.equals(request.extensions().get("queryPlan"))));
        CoercedVariables coerced;
        try {
            coerced = served.executor().variables(operation, request.variables());
        } catch (GatewayExecutor.InvalidVariablesException e) {
            answer.notRun(400, badInput(e.getMessage()));
            return;
        }
        long cost = operation.cost().of(coerced);
        if (cost > config.maxCost()) {
            answer.notRun(400, overCost(cost));
            return;
        }
        CacheTally tally = new CacheTally();
        served.executor()
                .executeToJson(
                        operation,
                        coerced,
                        ctx.request().getHeader(HttpHeaders.AUTHORIZATION),
                        deadline,
                        withPlan,
                        tally)
                .onSuccess(response -> {
                    String cache = tally.header();
                    if (cache != null) {
                        ctx.response().putHeader(CACHE_HEADER, cache);
                    }
                    answer.ran(response, !withPlan);
                })
                .onFailure(failure -> {
                    LOG.error("Execution failed", failure);
                    answer.refuse(500, INTERNAL_ERROR);
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
            return;
        }
        Optional<GraphQLAnswer> answer = answer(ctx, false);
        if (answer.isEmpty()) {
            return;
        }
        if (ctx.statusCode() == 413) {
            answer.get().refuse(413, badInput("The request body exceeds " + config.maxRequestBytes() + " bytes"));
        } else {
            LOG.error("Request failed", ctx.failure());
            answer.get().refuse(500, INTERNAL_ERROR);
        }
    }

    private static ResponseError badInput(String message) {
        return ResponseError.of(message, ResponseError.BAD_USER_INPUT);
    }
}
