package org.entente.actors.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.entente.actors.repository.DuplicateCandidateSearch;
import org.jboss.logging.Logger;

/**
 * Finds the pairs of the actors queued after a change ({@link DuplicateCandidateSearch#check}): in the
 * background every few seconds ({@code entente.duplicates.check-every}, {@code off} to stop), and for
 * the most recent changes before a page of candidates is read. Each batch is its own transaction,
 * so a failed one (e.g. a deadlock with another check) puts its actors back in the queue.
 */
@ApplicationScoped
public class DuplicateCandidateChecks {
    private static final Logger LOG = Logger.getLogger(DuplicateCandidateChecks.class);

    /** Actors checked in one transaction. */
    static final int BATCH = 200;

    /** How long one background run may take before it leaves the rest to the next run. */
    private static final long RUN_BUDGET_NANOS = 1_000_000_000L;

    /**
     * Actors checked in one transaction before a page is read, and how long those checks may take: an
     * editor's own recent changes are a few actors and are checked at once, while a bulk load's backlog
     * (≈ 0.1 s per actor for 100,000 generated persons whose names repeat) is left to the background and
     * counted in pendingChecks rather than holding the reader for a minute.
     */
    static final int PAGE_BATCH = 25;

    private static final long PAGE_BUDGET_NANOS = 250_000_000L;

    @Inject
    DuplicateCandidateSearch search;

    /** Everything queued, batch after batch, for at most about a second. */
    @Scheduled(
            every = "${entente.duplicates.check-every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while the service starts or stops: a run then fails on beans already gone
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void checkQueued() {
        long deadline = System.nanoTime() + RUN_BUDGET_NANOS;
        try {
            while (batch(BATCH) == BATCH && System.nanoTime() < deadline) {
                // the queue holds more: go on while there is time
            }
        } catch (RuntimeException e) {
            LOG.warn("Finding duplicate candidates failed; the actors stay queued for the next run", e);
        }
    }

    /**
     * The pairs of up to {@code limit} most recently queued actors, in its own transactions of
     * {@link #PAGE_BATCH}, for at most about {@link #PAGE_BUDGET_NANOS} (the first batch always runs).
     * A failure is left to the background checks: the page is read anyway, and its pending count says
     * what is not checked yet.
     */
    public void checkRecent(int limit) {
        long deadline = System.nanoTime() + PAGE_BUDGET_NANOS;
        try {
            for (int left = limit; left > 0; ) {
                int checked = batch(Math.min(PAGE_BATCH, left));
                if (checked < Math.min(PAGE_BATCH, left) || System.nanoTime() >= deadline) {
                    return;
                }
                left -= checked;
            }
        } catch (RuntimeException e) {
            LOG.debug("Finding duplicate candidates before a page failed; left to the background checks", e);
        }
    }

    private int batch(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> search.check(limit));
    }
}
