package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    private static final ResponseCache.CachedResponse OK =
            new ResponseCache.CachedResponse(200, "application/json", "{\"data\":{}}".getBytes(StandardCharsets.UTF_8));

    private static RequestKey key(String body, String authorization) {
        return new RequestKey("/graphql", authorization, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keysAreEqualOnlyForTheSamePathAuthorizationAndBytes() {
        assertEquals(key("{\"query\":\"{a}\"}", null), key("{\"query\":\"{a}\"}", null));
        assertEquals(
                key("{\"query\":\"{a}\"}", null).hashCode(),
                key("{\"query\":\"{a}\"}", null).hashCode());
        assertNotEquals(key("{\"query\":\"{a}\"}", null), key("{\"query\":\"{b}\"}", null));
        assertNotEquals(key("{\"query\":\"{a}\"}", null), key("{\"query\":\"{a}\"}", "Bearer x"));
        assertNotEquals(key("{\"query\":\"{a}\"}", "Bearer x"), key("{\"query\":\"{a}\"}", "Bearer y"));
        assertNotEquals(key("{}", null), new RequestKey("/other", null, "{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keyCopiesTheBodySoALaterChangeToTheBufferDoesNotAlterIt() {
        byte[] body = "{\"query\":\"{a}\"}".getBytes(StandardCharsets.UTF_8);
        RequestKey key = new RequestKey("/graphql", null, body);
        body[2] = 'X';
        assertEquals(key("{\"query\":\"{a}\"}", null), key);
    }

    @Test
    void fetchesOnceThenAnswersFromMemory() throws Exception {
        ResponseCache cache = new ResponseCache();
        AtomicInteger fetches = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            ResponseCache.CachedResponse answer = cache.get(key("q1", null), () -> {
                fetches.incrementAndGet();
                return OK;
            });
            assertArrayEquals(OK.body(), answer.body());
        }
        cache.get(key("q2", null), () -> {
            fetches.incrementAndGet();
            return OK;
        });
        assertEquals(2, fetches.get());
        ResponseCache.Stats stats = cache.stats();
        assertEquals(new ResponseCache.Stats(4, 2, 0, 0, 2), stats);
        assertEquals(4.0 / 6, stats.hitRate(), 1e-9);
    }

    @Test
    void errorStatusesAndFailuresAreNotKeptSoTheNextRequestTriesAgain() throws Exception {
        ResponseCache cache = new ResponseCache();
        AtomicInteger fetches = new AtomicInteger();
        ResponseCache.CachedResponse unavailable = new ResponseCache.CachedResponse(503, "text/plain", new byte[0]);
        assertEquals(
                503,
                cache.get(key("q", null), () -> {
                            fetches.incrementAndGet();
                            return unavailable;
                        })
                        .status());
        assertThrows(
                IOException.class,
                () -> cache.get(key("q", null), () -> {
                    fetches.incrementAndGet();
                    throw new IOException("connection refused");
                }));
        assertEquals(
                200,
                cache.get(key("q", null), () -> {
                            fetches.incrementAndGet();
                            return OK;
                        })
                        .status());
        assertEquals(3, fetches.get());
        assertEquals(new ResponseCache.Stats(0, 3, 0, 1, 1), cache.stats());
    }

    @Test
    void concurrentMissesForOneKeyFetchOnceAndAllGetTheAnswer() throws Exception {
        ResponseCache cache = new ResponseCache();
        AtomicInteger fetches = new AtomicInteger();
        CountDownLatch fetchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ResponseCache.CachedResponse>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get(key("slow", null), () -> {
                fetches.incrementAndGet();
                fetchStarted.countDown();
                release.await();
                return OK;
            })));
            assertEquals(true, fetchStarted.await(5, TimeUnit.SECONDS));
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> cache.get(key("slow", null), () -> {
                    fetches.incrementAndGet();
                    return OK;
                })));
            }
            // All seven arrive while the first fetch is still running.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (cache.stats().waited() < 7 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            release.countDown();
            for (Future<ResponseCache.CachedResponse> answer : answers) {
                assertEquals(200, answer.get(5, TimeUnit.SECONDS).status());
            }
            assertEquals(1, fetches.get());
            assertEquals(new ResponseCache.Stats(0, 1, 7, 0, 1), cache.stats());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void waitersOfAFailedFetchFailToo() throws Exception {
        ResponseCache cache = new ResponseCache();
        CountDownLatch fetchStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> cache.get(key("k", null), () -> {
                fetchStarted.countDown();
                release.await();
                throw new IOException("upstream reset");
            }));
            assertEquals(true, fetchStarted.await(5, TimeUnit.SECONDS));
            Future<?> second = pool.submit(() -> cache.get(key("k", null), () -> OK));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (cache.stats().waited() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            release.countDown();
            ExecutionException failure = assertThrows(ExecutionException.class, () -> second.get(5, TimeUnit.SECONDS));
            assertEquals(IOException.class, failure.getCause().getClass());
            assertThrows(ExecutionException.class, () -> first.get(5, TimeUnit.SECONDS));
            assertEquals(0, cache.stats().entries());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHitIsAnsweredWithoutWaitingAndNothingElseIs() throws Exception {
        ResponseCache cache = new ResponseCache();
        assertNull(cache.hit(key("q", null)), "nothing kept yet");
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<ResponseCache.CachedResponse> first = pool.submit(() -> cache.get(key("q", null), () -> {
                fetching.countDown();
                release.await(10, TimeUnit.SECONDS);
                return OK;
            }));
            assertTrue(fetching.await(10, TimeUnit.SECONDS));
            assertNull(cache.hit(key("q", null)), "in flight: the caller must wait in get()");
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertArrayEquals(OK.body(), cache.hit(key("q", null)).body());
        assertNull(cache.hit(key("q", "Bearer x")), "another caller's key");
        assertEquals(new ResponseCache.Stats(1, 1, 0, 0, 1), cache.stats());

        ResponseCache.CachedResponse failed = new ResponseCache.CachedResponse(500, "application/json", new byte[0]);
        cache.get(key("bad", null), () -> failed);
        assertNull(cache.hit(key("bad", null)), "an error status is not kept");
    }
}
