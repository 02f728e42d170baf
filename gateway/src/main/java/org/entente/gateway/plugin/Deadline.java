package org.entente.gateway.plugin;

import java.time.Duration;

/**
 * The moment by which a request must be answered. The gateway gives every client request one (its
 * request timeout) and hands it to an in-process subgraph with each fetch
 * ({@link SubgraphRequest#deadline()}); a plugin passes it on when it reads the federated graph
 * ({@link FederatedGraph#query}), so that when the client's time is up the gateway stops that work
 * too and resets its outstanding subgraph requests.
 */
public final class Deadline {

    /** Far enough for any caller, near enough that adding it to {@link System#nanoTime()} cannot overflow. */
    private static final Duration LONGEST = Duration.ofDays(365);

    private final long nanoTime;

    private Deadline(long nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The moment {@code duration} from now. */
    public static Deadline after(Duration duration) {
        Duration bounded = duration.compareTo(LONGEST) > 0 ? LONGEST : duration;
        return new Deadline(System.nanoTime() + bounded.toNanos());
    }

    public boolean passed() {
        return System.nanoTime() - nanoTime >= 0;
    }

    /** Milliseconds left, rounded up; 0 once passed. */
    public long remainingMillis() {
        long nanos = nanoTime - System.nanoTime();
        return nanos <= 0 ? 0 : (nanos + 999_999) / 1_000_000;
    }
}
