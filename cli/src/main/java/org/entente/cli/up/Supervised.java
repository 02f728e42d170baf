package org.entente.cli.up;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/** A process of the local stack that the {@link Supervisor} keeps running. */
public interface Supervised {

    String name();

    /**
     * How its last run ended (for example {@code code 137}) when it exited without being asked to
     * stop; empty while it runs and after it was asked to stop.
     */
    Optional<String> unexpectedExit();

    /** When its current or last run started. */
    Instant startedAt();

    /** Starts it again after an unexpected exit; false (and nothing started) if it was asked to stop meanwhile. */
    boolean restart() throws IOException;

    /** Whether it serves again; asked after a restart until it does. */
    boolean ready();
}
