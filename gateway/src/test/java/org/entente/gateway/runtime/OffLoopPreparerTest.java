package org.entente.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.entente.gateway.planning.OperationSource;
import org.entente.gateway.planning.PreparedOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A preparation runs on a worker, so the event loop keeps answering cached operations meanwhile;
 * with one event loop, a preparation on it would hold every other request until it is done.
 */
class OffLoopPreparerTest {

    private static final PreparedOperation CACHED = new PreparedOperation("cached", null, null, null, null);
    private static final PreparedOperation SLOW = new PreparedOperation("slow", null, null, null, null);

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));

    /** "cached" is cached; anything else is prepared slowly: until the test releases it. */
    private static final class Source implements OperationSource {
        final CountDownLatch release = new CountDownLatch(1);
        final List<Boolean> preparedOnEventLoop = new CopyOnWriteArrayList<>();

        @Override
        public PreparedOperation cached(String document, String operationName) {
            return document.equals("cached") ? CACHED : null;
        }

        @Override
        public PreparedOperation prepare(String document, String operationName) {
            preparedOnEventLoop.add(Context.isOnEventLoopThread());
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SLOW;
        }
    }

    @AfterEach
    void close() {
        vertx.close();
    }

    @Test
    void aMissIsPreparedOnAWorkerWhileTheEventLoopAnswersCachedOperations() throws Exception {
        OffLoopPreparer preparer = new OffLoopPreparer(vertx);
        Source source = new Source();
        CompletableFuture<PreparedOperation> slow = new CompletableFuture<>();
        CompletableFuture<PreparedOperation> cached = new CompletableFuture<>();
        CompletableFuture<Boolean> slowAnsweredOnEventLoop = new CompletableFuture<>();
        Context eventLoop = vertx.getOrCreateContext();
        eventLoop.runOnContext(v -> {
            Future<PreparedOperation> preparing = preparer.prepare(source, "slow", null);
            preparing.onSuccess(op -> {
                slowAnsweredOnEventLoop.complete(Context.isOnEventLoopThread());
                slow.complete(op);
            });
        });
        eventLoop.runOnContext(v -> preparer.prepare(source, "cached", null).onSuccess(cached::complete));

        assertSame(CACHED, cached.get(5, TimeUnit.SECONDS), "answered while the other one is being prepared");
        assertFalse(slow.isDone());
        source.release.countDown();
        assertSame(SLOW, slow.get(5, TimeUnit.SECONDS));
        assertEquals(List.of(false), source.preparedOnEventLoop);
        assertTrue(slowAnsweredOnEventLoop.get(), "the request continues on its event loop");
    }
}
