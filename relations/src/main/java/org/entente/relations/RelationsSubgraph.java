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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.entente.gateway.plugin.FederatedGraph;
import org.entente.gateway.plugin.LocalSubgraph;
import org.entente.gateway.plugin.SubgraphRequest;
import org.jboss.logging.Logger;

/**
 * The {@code relations} subgraph, served in the gateway's process: connections, network and timeline, computed from
 * the federated graph itself, {@code Actor.history} merged from both subgraphs' changes, plus {@code actorsByIds},
 * {@code eventsByIds} and {@code statementsByIds} through which it reads that graph. Its SDL is {@code relations.graphql} (also the file a composed supergraph must include as graph
 * {@code relations}); its fetches are executed in process by graphql-java.
 */
@Singleton
public class RelationsSubgraph implements LocalSubgraph {

    public static final String NAME = "relations";
    public static final String SDL_RESOURCE = "/relations.graphql";

    private static final Logger LOG = Logger.getLogger(RelationsSubgraph.class);
    /** The fetch being answered, in graphql-java's context: its authorization and deadline go on to the graph. */
    private static final String ORIGIN = "origin";
    /** The loader of Actor.history, one per executed request. */
    private static final String HISTORIES = "Actor.history";
    /**
     * The federation directives the SDL uses, and the entity resolution every subgraph answers
     * (not part of its SDL), for the executable schema.
     */
    private static final String FEDERATION_DEFINITIONS = """
            directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
            directive @shareable repeatable on OBJECT | FIELD_DEFINITION
            scalar _Any
            union _Entity = Actor
            extend type Query { _entities(representations: [_Any!]!): [_Entity]! }
            """;

    private final String sdl;
    private final RelationQueries queries;
    private final ActorHistories histories;
    private final GraphQL engine;

    @Inject
    public RelationsSubgraph(FederatedGraph graph) {
        this.sdl = readSdl();
        this.queries = new RelationQueries(graph);
        this.histories = new ActorHistories(graph);
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
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        loaders.register(
                HISTORIES,
                DataLoaderFactory.<HistoryKey, HistoryOutcome>newDataLoader(keys -> histories(keys, request)));
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .variables(request.variables() == null ? Map.of() : request.variables())
                .graphQLContext(Map.of(ORIGIN, request))
                .dataLoaderRegistry(loaders);
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
                .scalar(RepresentationScalar.TYPE)
                .type(
                        "Query",
                        t -> t.dataFetcher(
                                        "connections",
                                        answer(env -> queries.connections(
                                                env.getArgument("from"),
                                                env.getArgument("to"),
                                                env.getArgument("maxHops"),
                                                RelationLimits.date("asOf", env.getArgument("asOf")),
                                                env.getSelectionSet().contains("hops/links/sources"),
                                                origin(env))))
                                .dataFetcher(
                                        "network",
                                        answer(env -> queries.network(
                                                env.getArgument("actor"),
                                                env.getArgument("depth"),
                                                env.getArgument("maxNodes"),
                                                RelationLimits.date("asOf", env.getArgument("asOf")),
                                                env.getSelectionSet().contains("edges/sources"),
                                                origin(env))))
                                .dataFetcher(
                                        "timeline",
                                        answer(env -> queries.timeline(
                                                env.getArgument("actor"),
                                                RelationLimits.date("from", env.getArgument("from")),
                                                RelationLimits.date("to", env.getArgument("to")),
                                                origin(env))))
                                .dataFetcher("actorsByIds", env -> byIds(env, "actorsByIds"))
                                .dataFetcher("eventsByIds", env -> byIds(env, "eventsByIds"))
                                .dataFetcher("statementsByIds", env -> byIds(env, "statementsByIds"))
                                .dataFetcher("_entities", RelationsSubgraph::entities))
                .type("_Entity", t -> t.typeResolver(env -> env.getSchema().getObjectType("Actor")))
                .type("Actor", t -> t.dataFetcher("history", RelationsSubgraph::history))
                .build();
    }

    /** References to the entities with these ids, which their owners complete (Actor, Event, Statement). */
    private static Object byIds(DataFetchingEnvironment env, String field) {
        List<String> ids = env.getArgument("ids");
        if (ids.size() > RelationLimits.MAX_IDS) {
            return DataFetcherResult.newResult()
                    .error(error(
                            env,
                            RelationsException.badInput(
                                    field + " takes at most " + RelationLimits.MAX_IDS + " ids, not " + ids.size())))
                    .build();
        }
        return ids.stream().map(Ref::new).toList();
    }

    /** The Actor entities the planner asks this subgraph for: their keys (their fields load what they need). */
    private static List<Ref> entities(DataFetchingEnvironment env) {
        List<Map<String, Object>> representations = env.getArgument("representations");
        return representations.stream()
                .map(r -> new Ref(String.valueOf(r.get("id"))))
                .toList();
    }

    /**
     * An actor's history, through the request's {@link #HISTORIES} loader: all the actors of a
     * level of the operation that ask for the same page are read together.
     */
    private static CompletionStage<DataFetcherResult<Object>> history(DataFetchingEnvironment env) {
        ActorHistories.Page page;
        try {
            page = ActorHistories.Page.of(env.getArgument("first"), env.getArgument("after"));
        } catch (RelationsException refused) {
            return CompletableFuture.completedFuture(
                    DataFetcherResult.newResult().error(error(env, refused)).build());
        }
        DataLoader<HistoryKey, HistoryOutcome> loader = env.getDataLoader(HISTORIES);
        return loader.load(new HistoryKey(((Ref) env.getSource()).id(), page)).thenApply(outcome -> {
            DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult();
            return outcome.failure() == null
                    ? result.data(outcome.history()).build()
                    : result.error(error(env, outcome.failure())).build();
        });
    }

    private record HistoryKey(String actorId, ActorHistories.Page page) {}

    /** An actor's history page, or why it could not be read. */
    private record HistoryOutcome(Map<String, Object> history, RelationsException failure) {}

    /** Loads a batch of histories: one {@link ActorHistories#load} per distinct page. */
    private CompletionStage<List<HistoryOutcome>> histories(List<HistoryKey> keys, SubgraphRequest origin) {
        Map<ActorHistories.Page, List<String>> idsByPage = new LinkedHashMap<>();
        keys.forEach(key ->
                idsByPage.computeIfAbsent(key.page(), page -> new ArrayList<>()).add(key.actorId()));
        Map<ActorHistories.Page, Future<Map<String, Map<String, Object>>>> loading = new LinkedHashMap<>();
        idsByPage.forEach((page, ids) -> loading.put(page, histories.load(ids, page, origin)));
        CompletableFuture<List<HistoryOutcome>> outcomes = new CompletableFuture<>();
        Future.join(List.copyOf(loading.values()))
                .onComplete(done -> outcomes.complete(keys.stream()
                        .map(key -> outcome(loading.get(key.page()), key.actorId()))
                        .toList()));
        return outcomes;
    }

    private static HistoryOutcome outcome(Future<Map<String, Map<String, Object>>> loaded, String actorId) {
        if (loaded.succeeded()) {
            return new HistoryOutcome(loaded.result().get(actorId), null);
        }
        if (loaded.cause() instanceof RelationsException e) {
            return new HistoryOutcome(null, e);
        }
        LOG.error("Reading actors' histories failed", loaded.cause());
        return new HistoryOutcome(null, new RelationsException("Reading the history failed", "INTERNAL", Map.of()));
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
