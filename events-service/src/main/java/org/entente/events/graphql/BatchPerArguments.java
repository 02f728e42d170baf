package org.entente.events.graphql;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.vertx.core.Vertx;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.eclipse.microprofile.context.ThreadContext;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Batches a field of many parents into one load per distinct set of field arguments.
 * SmallRye's {@code @Source List<…>} batching keeps one loader per field and applies the first
 * occurrence's arguments to the whole batch, so aliases with different arguments
 * ({@code meetings: events(types: [MEETING]) visits: events(types: [VISIT])}) would get the same
 * answer. Here each argument combination gets its own request-scoped loader in graphql-java's
 * registry, dispatched together with the others.
 */
final class BatchPerArguments {
    /** The request's last blocking batch, in its GraphQL context: the next one starts after it. */
    private static final String LAST_BATCH = BatchPerArguments.class.getName() + ".lastBatch";

    private BatchPerArguments() {
    }

    /**
     * @param field     identifies the field, e.g. {@code Actor.events}
     * @param arguments the field's arguments, whose {@code toString} tells combinations apart
     * @param loadAll   loads the values for a batch of parent ids, in one go (it queries the database)
     */
    static <V> CompletionStage<V> load(Context context, ThreadContext threadContext, String field, List<?> arguments,
                                       Long parentId, Function<List<Long>, Map<Long, V>> loadAll) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        DataLoader<Long, V> loader = environment.getDataLoaderRegistry().computeIfAbsent(field + arguments,
                name -> DataLoaderFactory.<Long, V>newDataLoader(ids -> blocking(environment.getGraphQlContext(), threadContext, () -> {
                    Map<Long, V> values = loadAll.apply(ids);
                    return ids.stream().map(values::get).toList();
                })));
        return loader.load(parentId);
    }

    /**
     * Batches are dispatched on whatever thread finishes a level of the query, an event-loop
     * thread for {@code _entities}. Database work then moves to a worker thread with the request
     * context propagated, one batch of a request after the other (they share the request's
     * persistence context). Requests run in parallel: Vert.x's own ordering of blocking work is per
     * Vert.x context, and here that is the event loop's, which every request on it shares — with
     * it, events-service ran one batch at a time per event loop, and under load a request waited
     * seconds behind the others.
     */
    private static <T> CompletionStage<T> blocking(GraphQLContext request, ThreadContext threadContext, Callable<T> work) {
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
                    .thenCompose(ignored -> vertxContext.executeBlocking(contextual, false).toCompletionStage())
                    .toCompletableFuture();
            request.put(LAST_BATCH, batch);
            return batch;
        }
    }
}
