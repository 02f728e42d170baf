package org.entente.events.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.entente.events.client.ActorsClient;
import org.entente.events.client.MergeSteps;
import org.jboss.logging.Logger;

/**
 * Follows actors-service's merge outbox (Query.actorMergeSteps): every few seconds
 * ({@code entente.merges-follow-every}), asks for the steps after the last one applied here and
 * applies them in order, each in its own transaction ({@link MergeApplier}). A step that fails is
 * left with all after it for the next run, which resumes there: steps are never skipped or applied
 * out of order, and one applied already is not applied again.
 */
@ApplicationScoped
public class MergeFollower {
    private static final Logger LOG = Logger.getLogger(MergeFollower.class);

    /** Steps asked for at once. */
    static final int PAGE = 50;

    @Inject
    ActorsClient actors;

    @Inject
    MergeApplier applier;

    @Scheduled(
            every = "${entente.merges-follow-every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while the service starts or stops: a run then fails on beans already gone
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void followInBackground() {
        try {
            follow();
        } catch (RuntimeException e) {
            // every run while actors-service is down fails the same way: one line each, the trace at debug
            LOG.warnf("Applying merges of actors failed (%s); the next run resumes at the first step not applied", e);
            LOG.debug("Applying merges of actors failed", e);
        }
    }

    /**
     * Applies every step actors-service has published and this service has not applied, in order;
     * returns how many it applied. The first failure ends it, with that step not applied.
     */
    public int follow() {
        int applied = 0;
        while (true) {
            List<MergeSteps.Step> steps = steps(applier.lastStep());
            for (MergeSteps.Step step : steps) {
                applied += applier.apply(step) ? 1 : 0;
            }
            if (steps.size() < PAGE) {
                return applied;
            }
        }
    }

    private List<MergeSteps.Step> steps(long after) {
        MergeSteps answer = actors.mergeSteps(after, PAGE);
        if (answer == null || answer.steps() == null) {
            throw new IllegalStateException("actors-service answered the merge steps after " + after + " with "
                    + (answer == null ? "nothing" : answer.errors()));
        }
        return answer.steps();
    }
}
