package org.entente.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: {@code concurrency} clients each send a request, wait for the answer and
 * send the next, first for the warm-up (not recorded), then for the measured duration.
 */
public final class ClosedLoop {
    private final long seed;
    private final long maxRequests;

    public ClosedLoop(long seed) {
        this(seed, Long.MAX_VALUE);
    }

    /**
     * {@code maxRequests}: at most that many requests per measurement (warm-up included); the
     * measurement then ends when they are answered, even before its duration.
     */
    public ClosedLoop(long seed, long maxRequests) {
        this.seed = seed;
        this.maxRequests = maxRequests;
    }

    /** Told when the measured window opens (warm-up over) and closes, e.g. to read a server's counters. */
    public interface Window {
        Window NONE = new Window() {
            @Override
            public void opened() {}

            @Override
            public void closed() {}
        };

        void opened();

        void closed();
    }

    /** One request: throws when it failed. */
    public interface Call {
        void run(SplittableRandom random) throws Exception;
    }

    public Measurement measure(
            String target, String operation, int concurrency, double warmupSeconds, double seconds, Call call)
            throws InterruptedException {
        return measure(target, operation, concurrency, warmupSeconds, seconds, call, Window.NONE);
    }

    public Measurement measure(
            String target,
            String operation,
            int concurrency,
            double warmupSeconds,
            double seconds,
            Call call,
            Window window)
            throws InterruptedException {
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        long end = warmupEnd + (long) (seconds * 1e9);
        List<Latencies> perClient = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Thread> clients = new ArrayList<>();
        AtomicLong budget = new AtomicLong(maxRequests);
        CountDownLatch finished = new CountDownLatch(concurrency);
        for (int c = 0; c < concurrency; c++) {
            Latencies latencies = new Latencies();
            perClient.add(latencies);
            SplittableRandom random = new SplittableRandom(seed * 1_000_003 + c);
            Thread client = new Thread(
                    () -> {
                        long now;
                        while ((now = System.nanoTime()) < end && budget.getAndDecrement() > 0) {
                            try {
                                call.run(random);
                                long done = System.nanoTime();
                                if (now >= warmupEnd) {
                                    latencies.add(done - now);
                                }
                            } catch (InterruptedException e) {
                                return;
                            } catch (Exception e) {
                                if (now >= warmupEnd) {
                                    errors.incrementAndGet();
                                }
                                firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                            }
                        }
                        finished.countDown();
                    },
                    "bench-client-" + c);
            clients.add(client);
            client.start();
        }
        sleepUntil(warmupEnd);
        window.opened();
        long opened = System.nanoTime();
        finished.await(Math.max(0, end - opened), TimeUnit.NANOSECONDS);
        window.closed();
        double measured = Math.min(seconds, (System.nanoTime() - opened) / 1e9);
        for (Thread client : clients) {
            client.join();
        }
        Latencies all = new Latencies();
        perClient.forEach(all::addAll);
        return new Measurement(
                target,
                operation,
                concurrency,
                1,
                measured,
                all.count(),
                errors.get(),
                all.count() / measured,
                all.percentileMillis(50),
                all.percentileMillis(95),
                all.percentileMillis(99),
                firstError.get(),
                null,
                null,
                null);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }
}
