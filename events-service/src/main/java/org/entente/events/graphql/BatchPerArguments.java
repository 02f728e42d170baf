package org.entente.events.graphql;

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
                name -> DataLoaderFactory.<Long, V>newDataLoader(ids -> blocking(threadContext, () -> {
                    Map<Long, V> values = loadAll.apply(ids);
                    return ids.stream().map(values::get).toList();
                })));
        return loader.load(parentId);
    }

    /**
     * Batches are dispatched on whatever thread finishes a level of the query, an event-loop
     * thread for {@code _entities}. Database work then moves to a worker thread, in order (one
     * batch after the other: they share the request's persistence context) and with the request
     * context propagated.
     */
    private static <T> CompletionStage<T> blocking(ThreadContext threadContext, Callable<T> work) {
        io.vertx.core.Context vertxContext = Vertx.currentContext();
        if (vertxContext == null || !io.vertx.core.Context.isOnEventLoopThread()) {
            try {
                return CompletableFuture.completedFuture(work.call());
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return vertxContext.executeBlocking(threadContext.contextualCallable(work), true).toCompletionStage();
    }
}
