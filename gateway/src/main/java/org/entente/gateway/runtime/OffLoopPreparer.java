package org.entente.gateway.runtime;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.entente.gateway.planning.OperationSource;
import org.entente.gateway.planning.PreparedOperation;

/**
 * Gets prepared operations for requests without blocking an event loop: a cached one at once, a new
 * one prepared on a worker of a pool of its own (one thread per core), the request continuing on its
 * event loop when it is done. Parsing, validating and planning a large document takes milliseconds
 * to tens of milliseconds; on an event loop that time is taken from every connection it serves.
 * The pool is separate so that preparations cannot occupy the workers other blocking work needs,
 * and unordered so that one slow preparation does not hold up the next.
 */
@Singleton
public class OffLoopPreparer {

    private final WorkerExecutor workers;

    @Inject
    public OffLoopPreparer(Vertx vertx) {
        this.workers = vertx.createSharedWorkerExecutor(
                "entente-gateway-preparation", Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public Future<PreparedOperation> prepare(OperationSource source, String document, String operationName) {
        PreparedOperation cached = source.cached(document, operationName);
        if (cached != null) {
            return Future.succeededFuture(cached);
        }
        return workers.executeBlocking(() -> source.prepare(document, operationName), false);
    }

    @PreDestroy
    void close() {
        workers.close();
    }
}
