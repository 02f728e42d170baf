package org.entente.gateway.runtime;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.gateway.composition.Composer;
import org.entente.gateway.composition.SubgraphSource;
import org.entente.gateway.execution.HttpSubgraphTransport;
import org.entente.gateway.execution.SubgraphMetrics;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.LocalSubgraph;
import org.entente.gateway.plugin.SubgraphRequest;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphParser;
import org.jboss.logging.Logger;

/**
 * Provides the supergraph at start: from {@code entente.gateway.supergraph-file} (URLs overridden by
 * {@code entente.gateway.subgraphs}), or by composing the subgraphs' {@code _service { sdl }} plus
 * the in-process subgraphs, retrying until every subgraph answers and composition succeeds.
 */
@ApplicationScoped
public class SupergraphLoader {

    private static final Logger LOG = Logger.getLogger(SupergraphLoader.class);
    private static final String SDL_QUERY = "{ _service { sdl } }";

    @Inject
    GatewayConfig config;

    @Inject
    Gateway gateway;

    @Inject
    Vertx vertx;

    void onStart(@Observes StartupEvent event) {
        Map<String, String> urls = SubgraphList.parse(config.subgraphs().orElse(""));
        if (config.supergraphFile().isPresent()) {
            Supergraph supergraph = fromFile(Path.of(config.supergraphFile().get()), urls);
            warnAboutMissingLocals(supergraph);
            gateway.install(supergraph);
        } else if (!urls.isEmpty() || !gateway.locals().isEmpty()) {
            composeWithRetries(urls);
        } else {
            LOG.error("No supergraph source: set entente.gateway.supergraph-file or entente.gateway.subgraphs");
        }
    }

    Supergraph fromFile(Path file, Map<String, String> urlOverrides) {
        try {
            Supergraph supergraph =
                    new SupergraphParser().parse(Files.readString(file)).withUrls(urlOverrides);
            LOG.infof("Loaded supergraph %s with subgraphs %s", file, supergraph.graphUrls());
            return supergraph;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read supergraph file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A file composed without an in-process subgraph leaves its fields unserved: say so at start. */
    private void warnAboutMissingLocals(Supergraph supergraph) {
        gateway.locals().keySet().stream()
                .filter(name -> !supergraph.graphUrls().containsKey(name))
                .forEach(name -> LOG.warnf(
                        "The supergraph file has no graph named %s: its fields are not served."
                                + " Compose the file with that subgraph's SDL and URL local:%s",
                        name, name));
    }

    private void composeWithRetries(Map<String, String> urls) {
        HttpSubgraphTransport transport =
                new HttpSubgraphTransport(vertx, urls, config.subgraphTimeout(), SubgraphMetrics.NONE);
        attempt(urls, transport, 1);
    }

    private void attempt(Map<String, String> urls, HttpSubgraphTransport transport, int attempt) {
        List<Future<SubgraphSource>> fetches = new ArrayList<>();
        urls.forEach((name, url) -> fetches.add(transport
                .send(new SubgraphRequest(name, SDL_QUERY, Map.of(), null, Deadline.after(config.subgraphTimeout())))
                .map(response -> new SubgraphSource(name, url, sdlOf(name, response)))));
        Future.all(fetches).onComplete(done -> {
            try {
                if (done.failed()) {
                    throw done.cause();
                }
                List<SubgraphSource> sources = new ArrayList<>();
                fetches.forEach(f -> sources.add(f.result()));
                Map<String, LocalSubgraph> locals = new LinkedHashMap<>(gateway.locals());
                locals.values().forEach(l -> sources.add(new SubgraphSource(l.name(), "local:" + l.name(), l.sdl())));
                Supergraph supergraph = new SupergraphParser().parse(new Composer().compose(sources));
                gateway.install(supergraph);
                transport.close();
                LOG.infof("Composed supergraph from %s", supergraph.graphUrls());
            } catch (Throwable e) {
                retry(urls, transport, attempt, e.getMessage());
            }
        });
    }

    private void retry(Map<String, String> urls, HttpSubgraphTransport transport, int attempt, String reason) {
        LOG.warnf(
                "Supergraph not composed yet (attempt %d): %s; retrying in %s",
                attempt, reason, config.composeRetryInterval());
        vertx.setTimer(config.composeRetryInterval().toMillis(), id -> attempt(urls, transport, attempt + 1));
    }

    private static String sdlOf(String name, Map<String, Object> response) {
        if (response.get("data") instanceof Map<?, ?> data
                && data.get("_service") instanceof Map<?, ?> service
                && service.get("sdl") instanceof String sdl) {
            return sdl;
        }
        throw new IllegalStateException(
                "subgraph " + name + " did not answer _service { sdl }: " + response.get("errors"));
    }
}
