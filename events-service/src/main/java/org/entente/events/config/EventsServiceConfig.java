package org.entente.events.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Min;

import java.net.URI;
import java.time.Duration;

/** events-service's own settings, under {@code entente.} (docs/CONVENTIONS.md). */
@ConfigMapping(prefix = "entente")
public interface EventsServiceConfig {
    /** actors-service's GraphQL endpoint, to check the actors that writes refer to. */
    @WithName("actors-url")
    URI actorsUrl();

    /** How long a write waits for actors-service. */
    @WithName("actors-timeout")
    Duration actorsTimeout();

    Search search();

    interface Search {
        /** How many of a full-text search's newest matches are ranked and listed (1000 in application.properties). */
        @Min(1)
        int candidates();
    }
}
