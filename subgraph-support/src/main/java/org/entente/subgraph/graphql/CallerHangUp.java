package org.entente.subgraph.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * When a caller hangs up while its operation runs, cancels the operation's statement on a worker
 * thread and ends the request's CDI context when the operation ends — never on the event loop.
 *
 * <p>Why: Quarkus's GraphQL handler ends the request context from the connection's close handler,
 * on the connection's event loop. That closes the request's Hibernate session, and closing a
 * statement that still runs makes the PostgreSQL driver cancel it — a new connection to the
 * database, waited on for up to ten seconds — and then wait for the worker running it. Meanwhile
 * every other connection of that event loop waited: under load a gateway that gave up on one slow
 * request stalled a quarter of the service for seconds (bench/README.md, Results O). Here the close
 * and error handlers of a running operation's response are replaced: the cancel goes to a worker,
 * the context ends on the operation's own thread once graphql-java completes it, and the caller's
 * turn ({@link ExecutionAdmission}) comes back as soon as the cancelled statement returns. The end
 * handler is replaced too: Vert.x calls it as well when a connection closes before its response
 * was sent. Once the operation has ended, the exchange's end (the response sent, or a hang-up)
 * ends the context at once, as Quarkus's own handlers would.
 */
final class CallerHangUp extends SimplePerformantInstrumentation {
    private static final Logger LOG = Logger.getLogger(CallerHangUp.class);

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (Context.isOnEventLoopThread()) {
            return null;
        }
        RoutingContext routing = CurrentExchange.current();
        if (routing == null) {
            return null;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        Operation operation = new Operation(requestContext, requestContext.getState(), routing.vertx());
        try {
            routing.response()
                    .endHandler(ended -> operation.exchangeOver())
                    .closeHandler(closed -> operation.exchangeOver())
                    .exceptionHandler(failure -> operation.exchangeOver());
        } catch (IllegalStateException alreadyAnswered) {
            return null;
        }
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> operation.ended());
    }

    private enum Phase {
        RUNNING,
        CALLER_LEFT,
        ENDED,
        CONTEXT_ENDED
    }

    /**
     * One operation's request context, and who ends it: whichever of the exchange's end and the
     * operation's end comes second, once.
     */
    private static final class Operation {
        private final ManagedContext requestContext;
        private final ContextState state;
        private final Vertx vertx;
        private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.RUNNING);

        Operation(ManagedContext requestContext, ContextState state, Vertx vertx) {
            this.requestContext = requestContext;
            this.state = state;
            this.vertx = vertx;
        }

        /**
         * On the event loop: the response was sent, or the connection closed or failed first (Vert.x
         * then calls the end, exception and close handlers in turn).
         */
        void exchangeOver() {
            if (phase.compareAndSet(Phase.RUNNING, Phase.CALLER_LEFT)) {
                vertx.executeBlocking(this::cancelStatement, false);
            } else if (phase.compareAndSet(Phase.ENDED, Phase.CONTEXT_ENDED)) {
                SmallRyeContextManager.clearCurrentSmallRyeContext();
                requestContext.destroy(state);
            }
        }

        /** On the operation's thread, when graphql-java has completed it however it ended. */
        void ended() {
            if (!phase.compareAndSet(Phase.RUNNING, Phase.ENDED)
                    && phase.compareAndSet(Phase.CALLER_LEFT, Phase.CONTEXT_ENDED)) {
                requestContext.destroy(state);
            }
        }

        /**
         * Runs on a worker in the request's Vert.x context, so the session found is the request's.
         * A statement that already returned, or a session the operation's end closed meanwhile,
         * leaves nothing to cancel.
         */
        private Void cancelStatement() {
            if (phase.get() != Phase.CALLER_LEFT) {
                return null;
            }
            try {
                Arc.container().instance(Session.class).get().cancelQuery();
            } catch (RuntimeException nothingToCancel) {
                LOG.debugf("nothing to cancel for a caller that hung up: %s", nothingToCancel);
            }
            return null;
        }
    }
}
