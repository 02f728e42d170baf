package org.entente.subgraph.graphql;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.graphql.api.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Batches a field of many parents into one load per distinct set of field arguments: the one way
 * both subgraphs resolve a field that needs the database for each of many parents (N+1 is a bug).
 *
 * <p>SmallRye's own {@code @Source List<…>} batching keeps one loader per field and applies the
 * first occurrence's arguments to the whole batch, so aliases with different arguments
 * ({@code meetings: events(types: [MEETING]) visits: events(types: [VISIT])}) would get the same
 * answer; it also costs a future and a context snapshot per element. Here each argument
 * combination gets its own request-scoped graphql-java {@link DataLoader}, dispatched together
 * with the others once a level of the query has been fetched.
 */
@ApplicationScoped
public class FieldBatches {
    /** The request's last blocking batch, in its GraphQL context: the next one starts after it. */
    private static final String LAST_BATCH = FieldBatches.class.getName() + ".lastBatch";

    @Inject
    Context context;

    @Inject
    ThreadContext threadContext;

    /**
     * The value of the current field for {@code parent}, loaded together with the same field of
     * every other parent of this request that asks with the same arguments.
     *
     * @param field     names the field, e.g. {@code Actor.events}
     * @param arguments the field's arguments; their {@code toString} tells combinations apart
     * @param loadAll   loads the values of a batch of parents, in one go (it may query the database);
     *                  a parent it leaves out gets null
     */
    public <K, V> CompletionStage<V> load(
            String field, List<?> arguments, K parent, Function<List<K>, Map<K, V>> loadAll) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        GraphQLContext request = environment.getGraphQlContext();
        DataLoader<K, V> loader = environment
                .getDataLoaderRegistry()
                .computeIfAbsent(
                        field + arguments,
                        name -> DataLoaderFactory.<K, V>newDataLoader(keys -> blocking(request, () -> {
                            Map<K, V> values = loadAll.apply(keys);
                            return keys.stream().map(values::get).toList();
                        })));
        return loader.load(parent);
    }

    /**
     * Batches are dispatched on whatever thread finishes a level of the query. The services execute
     * each request on a worker thread of its own (ExecutionAdmission), where a batch simply runs.
     * A service resolving on the event loops instead must not run database work there: the batch
     * then moves to a worker thread with the request context propagated, one batch of a request
     * after the other, and never beside the request's blocking root resolvers — all of them share
     * the request's persistence context, which is not thread-safe (two {@code _entities} fields in
     * one request, as a gateway batches them, failed with "This statement has been closed"). So it
     * joins the ordered queue where SmallRye queues those resolvers, which is the event loop's.
     */
    private <T> CompletionStage<T> blocking(GraphQLContext request, Callable<T> work) {
        io.vertx.core.Context vertxContext = Vertx.currentContext();
        if (vertxContext == null || !io.vertx.core.Context.isOnEventLoopThread()) {
            try {
                return CompletableFuture.completedFuture(work.call());
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        Callable<T> contextual = threadContext.contextualCallable(work);
        synchronized (request) {
            CompletableFuture<?> previous = request.getOrDefault(LAST_BATCH, CompletableFuture.completedFuture(null));
            CompletableFuture<T> batch = previous.handle((result, failure) -> null)
                    .thenCompose(ignored -> vertxContext
                            .executeBlocking(contextual, VertxContext.isDuplicatedContext(vertxContext))
                            .toCompletionStage())
                    .toCompletableFuture();
            request.put(LAST_BATCH, batch);
            return batch;
        }
    }
}
