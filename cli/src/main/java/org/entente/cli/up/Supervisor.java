package org.entente.cli.up;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the local stack running: a process that exits without being asked to is started again
 * after its {@link RestartBackoff}, while the others keep serving. Every exit, restart and
 * recovery goes to the {@link StackLog}. Once closed it starts nothing more, so that stopping
 * the stack never races a restart.
 *
 * <p>It looks at the processes every {@link #CHECK_EVERY} from one thread, which alone changes
 * what it knows about them: simpler than reacting to exit callbacks from many threads, and a
 * restart comes at most that much later.
 */
public final class Supervisor implements AutoCloseable {
    static final Duration CHECK_EVERY = Duration.ofMillis(500);

    private final StackLog log;
    private final List<Watched> watched = new ArrayList<>();
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "entente-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private boolean closed;

    public Supervisor(StackLog log) {
        this.log = log;
    }

    /** Watches a process that has started and is ready. */
    public synchronized void watch(Supervised process) {
        watched.add(new Watched(process));
    }

    /** Begins checking, in the background, until {@link #close()}. */
    public void start() {
        checks.scheduleWithFixedDelay(
                () -> check(Instant.now()), CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One look at every process, as of {@code now}: what the background thread runs. */
    synchronized void check(Instant now) {
        for (Watched w : watched) {
            if (closed) {
                return;
            }
            w.check(now);
        }
    }

    /** Restarts nothing from now on; returns once a restart under way has finished. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        checks.shutdownNow();
        try {
            checks.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the supervisor knows of one process. */
    private final class Watched {
        private final Supervised process;
        private final RestartBackoff backoff = new RestartBackoff();
        /** Set while the process waits out its back-off. */
        private Instant restartAt;

        private int attempt;
        private boolean awaitingReady;

        Watched(Supervised process) {
            this.process = process;
        }

        void check(Instant now) {
            if (restartAt != null) {
                if (!now.isBefore(restartAt)) {
                    restart(now);
                }
                return;
            }
            Optional<String> exit = process.unexpectedExit();
            if (exit.isPresent()) {
                awaitingReady = false;
                schedule(
                        now,
                        Duration.between(process.startedAt(), now),
                        process.name() + " exited (" + exit.get() + ")");
            } else if (awaitingReady && process.ready()) {
                awaitingReady = false;
                log.event(process.name() + " is serving again (restart " + attempt + ")");
            }
        }

        private void restart(Instant now) {
            restartAt = null;
            try {
                awaitingReady = process.restart();
            } catch (IOException | RuntimeException e) {
                schedule(now, Duration.ZERO, process.name() + " did not start (" + e.getMessage() + ")");
            }
        }

        private void schedule(Instant now, Duration uptime, String what) {
            RestartBackoff.Restart next = backoff.afterExit(uptime);
            attempt = next.attempt();
            restartAt = now.plus(next.delay());
            log.event(what + "; restarting in " + next.delay().toSeconds() + " s (attempt " + attempt + ")");
        }
    }
}
