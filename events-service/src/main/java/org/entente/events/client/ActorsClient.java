package org.entente.events.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * actors-service, asked which actors exist the way a gateway resolves them: the {@code _entities}
 * query for Actor representations, which answers null for an actor it does not know
 * (docs/CONVENTIONS.md, Federation).
 *
 * <p>The call is declared: Quarkus' REST client implements {@link Endpoint}, and the fault
 * tolerance below wraps it. Every number comes from the {@code entente.actors-*} settings
 * (application.properties):
 * <ul>
 *   <li>{@code @Timeout} bounds one attempt, connecting included, like the REST client's own timeouts;</li>
 *   <li>{@code @Retry}: asking again is safe, the query only reads, and the write waits for the
 *       answer anyway. A little jitter spreads the retries of concurrent writes. Not once the
 *       breaker is open: that answer would not change;</li>
 *   <li>{@code @CircuitBreaker}: when half of the recent attempts failed, writes that refer to
 *       actors fail at once for a while instead of each waiting out its timeouts and retries.</li>
 * </ul>
 * The annotations sit on this bean rather than on the interface: Quarkus applies an interface's
 * to a generated class, and configuration keyed by the interface's method would silently not apply.
 *
 * <p>An answer with GraphQL errors is still an answer (HTTP 200): it is neither retried nor
 * counted by the breaker, since asking again would get the same and cost no waiting.
 */
@ApplicationScoped
public class ActorsClient {
    /** The breaker's name, to read or reset its state. */
    public static final String BREAKER = "actors-service";

    /** The HTTP call: a GraphQL request posted to actors-service's endpoint ({@code quarkus.rest-client.actors.url}). */
    @RegisterRestClient(configKey = "actors")
    public interface Endpoint {
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        ActorEntities post(ActorRepresentations request);

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        MergeSteps steps(MergeStepsRequest request);
    }

    @Inject
    @RestClient
    Endpoint endpoint;

    /** The entities of these actors, in this order. */
    @Timeout
    @Retry(jitter = 50, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker
    @CircuitBreakerName(BREAKER)
    public ActorEntities entities(List<Long> actorIds) {
        return endpoint.post(ActorRepresentations.of(actorIds));
    }

    /**
     * The first {@code first} steps of actors-service's merge outbox after step {@code after}. Only
     * bounded in time: the follower that asks asks again at its next run, and a failure here
     * should not open the breaker that writes depend on.
     */
    @Timeout
    public MergeSteps mergeSteps(long after, int first) {
        return endpoint.steps(MergeStepsRequest.after(after, first));
    }
}
