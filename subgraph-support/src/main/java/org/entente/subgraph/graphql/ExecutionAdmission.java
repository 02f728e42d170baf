package org.entente.subgraph.graphql;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.vertx.core.Context;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entente.subgraph.errors.ErrorCode;

/**
 * Lets at most a fixed number of operations execute at once and queues the others, first come
 * first served, each for at most the admission wait; one still waiting then is refused as
 * SUBGRAPH_UNAVAILABLE before anything of it has run.
 *
 * <p>Why: the services run GraphQL on worker threads ({@code quarkus.smallrye-graphql.nonblocking.enabled=false}),
 * one per request, so without a bound every request of a burst would run at once, each holding a
 * database connection and all sharing the cores — measured on one core, throughput then halved.
 * Served from the event loops instead, Quarkus 3.33 queues every blocking resolver on its event
 * loop's single ordered queue, so one slow statement held up every request behind it on that loop
 * for seconds (bench/README.md, Results N). One queue per service with a small bound keeps the
 * cores busy without either.
 *
 * <p>The turn is taken in {@code beginExecution}, before the document is parsed, and given back
 * when graphql-java completes the execution, however it ends. An operation whose caller hung up
 * while it waited gives its turn back at once, unrun: nobody would read its answer (under overload
 * a gateway that gave up on it has already retried or failed it). On an event-loop thread (a service
 * configured to resolve there) nothing is bounded here: waiting would block the loop.
 */
final class ExecutionAdmission extends SimplePerformantInstrumentation {
    private final Semaphore turns;
    private final int maxConcurrent;
    private final long maxWaitNanos;

    ExecutionAdmission(int maxConcurrent, Duration maxWait) {
        this.turns = new Semaphore(maxConcurrent, true);
        this.maxConcurrent = maxConcurrent;
        this.maxWaitNanos = maxWait.toNanos();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (Context.isOnEventLoopThread()) {
            return null;
        }
        if (!awaitTurn()) {
            throw busy();
        }
        if (CurrentExchange.callerGone()) {
            turns.release();
            throw refusal("The caller hung up before the operation's turn came");
        }
        AtomicBoolean given = new AtomicBoolean();
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
            if (given.compareAndSet(false, true)) {
                turns.release();
            }
        });
    }

    private boolean awaitTurn() {
        try {
            return turns.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private AbortExecutionException busy() {
        return refusal("The service is busy: " + maxConcurrent
                + " operations are running and this one waited too long for its turn; try again");
    }

    private static AbortExecutionException refusal(String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .message(message)
                .extensions(Map.of("code", ErrorCode.SUBGRAPH_UNAVAILABLE.name()))
                .build()));
    }
}
