package org.entente.app;

import io.quarkus.vertx.VertxOptionsCustomizer;
import io.vertx.core.VertxOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One Vert.x event loop per CPU the gateway may use. Quarkus starts at least two, even on one CPU
 * (a pod limited to one core, or a process pinned to one). Everything the gateway does for a
 * request runs on its event loop and never blocks it, so a second loop on one core only adds
 * wake-ups and switches between threads that compete for it (bench/README.md, Results R).
 * {@code quarkus.vertx.event-loops-pool-size}, when set, still decides.
 */
@ApplicationScoped
public class EventLoopPerCore implements VertxOptionsCustomizer {

    static final String PROPERTY = "quarkus.vertx.event-loops-pool-size";

    @Override
    public void accept(VertxOptions options) {
        options.setEventLoopPoolSize(eventLoops(
                ConfigProvider.getConfig().getOptionalValue(PROPERTY, Integer.class),
                Runtime.getRuntime().availableProcessors()));
    }

    /** The configured number when there is one, otherwise one per CPU. */
    static int eventLoops(Optional<Integer> configured, int cpus) {
        return configured.filter(n -> n > 0).orElse(Math.max(1, cpus));
    }
}
