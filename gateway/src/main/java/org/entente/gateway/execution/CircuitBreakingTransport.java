package org.entente.gateway.execution;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.entente.gateway.plugin.SubgraphRequest;
import org.jboss.logging.Logger;

/**
 * A circuit breaker per remote subgraph (vertx-circuit-breaker) in front of a transport. A hung
 * subgraph used to cost every request the full subgraph timeout; after {@code failures} failed
 * requests in a row (no success between them) its breaker opens, and for {@code openDuration} its
 * fetches fail at once with "circuit open" while the other subgraphs answer as usual. Then one
 * request goes through as a probe (the library lets exactly one through while half open): its
 * success closes the breaker, its failure opens it again. A request abandoned at its client's
 * deadline says nothing about the subgraph and does not count as a failure.
 */
public final class CircuitBreakingTransport implements SubgraphTransport, AutoCloseable {

    /**
     * @param failures     failed requests in a row that open a breaker
     * @param openDuration how long an open breaker fails requests before it lets a probe through
     * @param window       failures older than this are forgotten
     */
    public record Settings(int failures, Duration openDuration, Duration window) {}

    private static final Logger LOG = Logger.getLogger(CircuitBreakingTransport.class);

    private final SubgraphTransport remote;
    private final Map<String, CircuitBreaker> breakers = new LinkedHashMap<>();

    public CircuitBreakingTransport(
            Vertx vertx, SubgraphTransport remote, Set<String> services, Settings settings, SubgraphMetrics metrics) {
        this.remote = remote;
        CircuitBreakerOptions options = new CircuitBreakerOptions()
                .setMaxFailures(settings.failures())
                .setResetTimeout(settings.openDuration().toMillis())
                .setFailuresRollingWindow(settings.window().toMillis())
                .setTimeout(-1) // the transport limits every request itself
                .setMaxRetries(0)
                .setFallbackOnFailure(false)
                .setNotificationAddress(null); // no event-bus metrics: the state goes to SubgraphMetrics
        for (String service : services) {
            CircuitBreaker breaker = CircuitBreaker.create("subgraph-" + service, vertx, options)
                    .<Map<String, Object>>failurePolicy(done -> done.failed() && !abandonedAtDeadline(done.cause()))
                    .openHandler(v -> {
                        LOG.warnf(
                                "Subgraph %s failed %d times in a row: its requests fail at once for %s",
                                service, settings.failures(), settings.openDuration());
                        metrics.breakerState(service, CircuitBreakerState.OPEN);
                    })
                    .halfOpenHandler(v -> metrics.breakerState(service, CircuitBreakerState.HALF_OPEN))
                    .closeHandler(v -> {
                        LOG.infof("Subgraph %s answers again", service);
                        metrics.breakerState(service, CircuitBreakerState.CLOSED);
                    });
            metrics.breakerState(service, CircuitBreakerState.CLOSED);
            breakers.put(service, breaker);
        }
    }

    private static boolean abandonedAtDeadline(Throwable failure) {
        return failure instanceof SubgraphUnavailableException unavailable
                && unavailable.reason() == SubgraphUnavailableException.Reason.DEADLINE;
    }

    @Override
    public Future<Map<String, Object>> send(SubgraphRequest request) {
        CircuitBreaker breaker = breakers.get(request.service());
        if (breaker == null) {
            return remote.send(request);
        }
        return breaker.<Map<String, Object>>execute(
                        promise -> remote.send(request).onComplete(promise))
                .recover(failure -> Future.failedFuture(
                        failure instanceof OpenCircuitException
                                ? new SubgraphUnavailableException(
                                        SubgraphUnavailableException.Reason.CIRCUIT_OPEN,
                                        "circuit breaker of " + request.service() + " is open",
                                        failure)
                                : failure));
    }

    @Override
    public void close() {
        breakers.values().forEach(CircuitBreaker::close);
    }
}
