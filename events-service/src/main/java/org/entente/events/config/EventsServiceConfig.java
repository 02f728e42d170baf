package org.entente.events.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Min;
import java.net.URI;

/** events-service's own settings, under {@code entente.} (docs/CONVENTIONS.md). */
@ConfigMapping(prefix = "entente")
public interface EventsServiceConfig {

    Search search();

    interface Search {
        /** How many of a full-text search's newest matches are ranked and listed (1000 in application.properties). */
        @Min(1)
        int candidates();

        /**
         * How many of the newest rows a search of several words reads first, in date order, for its
         * candidates (20000 in application.properties; 0: never). PostgreSQL estimates words that
         * come together as if they were independent and then reads every match instead.
         */
        @Min(0)
        int probeRows();
    }

    /*
     * actors-service, asked by writes whether the actors they refer to exist. The REST client and
     * the fault tolerance of client.ActorsClient read these through application.properties; they
     * are declared here so that a misspelt or out-of-range setting stops the service at start.
     */

    /** Its GraphQL endpoint. */
    @WithName("actors-url")
    URI actorsUrl();

    /** How long one attempt may take, connecting included. */
    @WithName("actors-timeout-ms")
    @Min(1)
    long actorsTimeoutMs();

    /** How many more attempts a failed one gets. */
    @WithName("actors-retries")
    @Min(0)
    int actorsRetries();

    /** The pause before each further attempt. */
    @WithName("actors-retry-delay-ms")
    @Min(0)
    long actorsRetryDelayMs();

    /**
     * How often the merge outbox of actors-service is read and its new steps applied
     * (service.MergeFollower); {@code off} stops it.
     */
    @WithName("merges-follow-every")
    @WithDefault("2s")
    String mergesFollowEvery();

    /** How many recent attempts the circuit breaker weighs; it opens when half of them failed. */
    @WithName("actors-breaker-requests")
    @Min(1)
    int actorsBreakerRequests();

    /** How long the open breaker fails writes at once before it lets one attempt through. */
    @WithName("actors-breaker-delay-ms")
    @Min(0)
    long actorsBreakerDelayMs();
}
