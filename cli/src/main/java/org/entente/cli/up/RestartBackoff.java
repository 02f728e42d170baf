package org.entente.cli.up;

import java.time.Duration;

/**
 * How long one process of the local stack waits before it is started again after exiting by
 * itself: 1 s, 2 s, 4 s … doubling up to 30 s, so that a process that cannot start does not
 * take the machine's CPU from the others, while one that crashes rarely comes back at once.
 * A run that lasted {@link #STABLE_AFTER} or more counts as healthy: the next exit starts the
 * series again from 1 s.
 */
public final class RestartBackoff {
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofSeconds(30);
    /** Longer than a service takes to boot, so a service that dies while booting never resets its series. */
    static final Duration STABLE_AFTER = Duration.ofSeconds(60);

    /** The number of this restart in the current series (1 for the first) and the pause before it. */
    public record Restart(int attempt, Duration delay) {}

    private int attempts;

    /** The next restart after a run that lasted {@code uptime} (zero for a start that failed). */
    public Restart afterExit(Duration uptime) {
        if (uptime.compareTo(STABLE_AFTER) >= 0) {
            attempts = 0;
        }
        attempts++;
        // Past 2^5 the cap applies anyway; bounding the shift keeps the multiplication from overflowing.
        Duration delay = FIRST.multipliedBy(1L << Math.min(attempts - 1, 16));
        return new Restart(attempts, delay.compareTo(MAX) > 0 ? MAX : delay);
    }
}
