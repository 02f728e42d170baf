package org.entente.events.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

import java.net.URI;
import java.time.Duration;

/** Where actors-service answers and how long a write waits for it (entente.actors-url, entente.actors-timeout). */
@ConfigMapping(prefix = "entente")
public interface ActorsServiceConfig {
    @WithName("actors-url")
    URI actorsUrl();

    @WithName("actors-timeout")
    Duration actorsTimeout();
}
