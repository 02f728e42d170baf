package org.entente.relations;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorException;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.vertx.core.Future;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.entente.gateway.plugin.FederatedGraph;
import org.entente.gateway.plugin.LocalSubgraph;
import org.entente.gateway.plugin.SubgraphRequest;
import org.jboss.logging.Logger;

/**
 * The {@code relations} subgraph, served in the gateway's process: connections, network and timeline, computed from
 * the federated graph itself, plus {@code actorsByIds} through which it reads that graph. Its SDL
 * is {@code relations.graphql} (also the file a composed supergraph must include as graph
 * {@code relations}); its fetches are executed in process by graphql-java.
 */
@Singleton
public class RelationsSubgraph implements LocalSubgraph {

    public static final String NAME = "relations";
    public static final String SDL_RESOURCE = "/relations.graphql";

    private static final Logger LOG = Logger.getLogger(RelationsSubgraph.class);
    /** The fetch being answered, in graphql-java's context: its authorization and deadline go on to the graph. */
    private static final String ORIGIN = "origin";
    /** The federation directive the SDL uses, for the executable schema. */
    private static final String FEDERATION_DEFINITIONS =
            "directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE\n";

    private final String sdl;
    private final RelationQueries queries;
    private final GraphQL engine;

    @Inject
    public RelationsSubgraph(FederatedGraph graph) {
        this.sdl = readSdl();
        this.queries = new RelationQueries(graph);
        this.engine = GraphQL.newGraphQL(new SchemaGenerator()
                        .makeExecutableSchema(
                                new SchemaParser()
                                        .parse(sdl.replaceAll("(?m)^extend schema.*$", "") + FEDERATION_DEFINITIONS),
                                wiring()))
                .build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String sdl() {
        return sdl;
    }

    @Override
    public Future<Map<String, Object>> execute(SubgraphRequest request) {
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .variables(request.variables() == null ? Map.of() : request.variables())
                .graphQLContext(Map.of(ORIGIN, request));
        return Future.fromCompletionStage(engine.executeAsync(input.build())).map(result -> result.toSpecification());
    }

    /** connections, network and timeline by the actors they may read ({@link RelationCost}). */
    @Override
    public long cost(String field, Map<String, Object> arguments) {
        return RelationCost.of(field, arguments);
    }

    private RuntimeWiring wiring() {
        return RuntimeWiring.newRuntimeWiring()
                .scalar(PartialDateScalar.TYPE)
                .type(
                        "Query",
                        t -> t.dataFetcher(
                                        "connections",
                                        answer(env -> queries.connections(
                                                env.getArgument("from"),
                                                env.getArgument("to"),
                                                env.getArgument("maxHops"),
                                                RelationLimits.date("asOf", env.getArgument("asOf")),
                                                origin(env))))
                                .dataFetcher(
                                        "network",
                                        answer(env -> queries.network(
                                                env.getArgument("actor"),
                                                env.getArgument("depth"),
                                                RelationLimits.date("asOf", env.getArgument("asOf")),
                                                origin(env))))
                                .dataFetcher(
                                        "timeline",
                                        answer(env -> queries.timeline(
                                                env.getArgument("actor"),
                                                RelationLimits.date("from", env.getArgument("from")),
                                                RelationLimits.date("to", env.getArgument("to")),
                                                origin(env))))
                                .dataFetcher("actorsByIds", this::actorsByIds))
                .build();
    }

    private Object actorsByIds(DataFetchingEnvironment env) {
        List<String> ids = env.getArgument("ids");
        if (ids.size() > RelationLimits.MAX_IDS) {
            return DataFetcherResult.newResult()
                    .error(error(
                            env,
                            RelationsException.badInput(
                                    "actorsByIds takes at most " + RelationLimits.MAX_IDS + " ids, not " + ids.size())))
                    .build();
        }
        return ids.stream().map(Ref::new).toList();
    }

    /** Runs a query; its answer becomes the field's data, its problems (and failures) the field's errors. */
    private static <T> DataFetcher<CompletionStage<DataFetcherResult<Object>>> answer(
            Function<DataFetchingEnvironment, Future<Answer<T>>> query) {
        return env -> {
            Future<Answer<T>> running;
            try {
                running = query.apply(env);
            } catch (RuntimeException e) { // refused arguments, or a failure before anything ran
                running = Future.failedFuture(e);
            }
            CompletableFuture<DataFetcherResult<Object>> result = new CompletableFuture<>();
            running.onComplete(done -> {
                DataFetcherResult.Builder<Object> builder = DataFetcherResult.newResult();
                if (done.succeeded()) {
                    builder.data(done.result().data());
                    done.result().problems().forEach(p -> builder.error(error(env, p)));
                } else if (done.cause() instanceof RelationsException e) {
                    builder.error(error(env, e));
                } else {
                    LOG.error("Relationship query failed", done.cause());
                    builder.error(
                            error(env, new RelationsException("Relationship query failed", "INTERNAL", Map.of())));
                }
                result.complete(builder.build());
            });
            return result;
        };
    }

    private static GraphQLError error(DataFetchingEnvironment env, RelationsException e) {
        return GraphqlErrorException.newErrorException()
                .message(e.getMessage())
                .extensions(e.extensions())
                .path(env.getExecutionStepInfo().getPath().toList())
                .sourceLocation(env.getField().getSourceLocation())
                .build();
    }

    private static SubgraphRequest origin(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(ORIGIN);
    }

    private static String readSdl() {
        try (InputStream in = RelationsSubgraph.class.getResourceAsStream(SDL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SDL_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
