package org.entente.gateway.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.gateway.persisted.AutomaticPersistedQueries;
import org.entente.gateway.persisted.PersistedRequests;
import org.entente.gateway.persisted.TrustedDocuments;
import org.jboss.logging.Logger;

/**
 * Loads the manifests of persisted documents named by {@code entente.gateway.persisted-documents}
 * (files, or {@code classpath:} resources) at start: a manifest that is missing or corrupt stops
 * the gateway, since clients built with it would fail request by request otherwise.
 */
@ApplicationScoped
public class PersistedDocumentsSetup {

    private static final Logger LOG = Logger.getLogger(PersistedDocumentsSetup.class);
    private static final String CLASSPATH = "classpath:";

    @Produces
    @Singleton
    PersistedRequests persistedRequests(GatewayConfig config) {
        Map<String, String> manifests = new LinkedHashMap<>();
        for (String source : config.persistedDocuments().orElse(List.of())) {
            if (!source.isBlank()) {
                manifests.put(source.trim(), read(source.trim()));
            }
        }
        TrustedDocuments trusted = TrustedDocuments.of(manifests);
        LOG.infof(
                "%d persisted documents from %s; %s",
                trusted.size(),
                manifests.isEmpty() ? "no manifest" : String.join(", ", manifests.keySet()),
                config.trustedDocumentsOnly() ? "only these run" : "any document runs");
        return new PersistedRequests(
                trusted,
                new AutomaticPersistedQueries(config.apqCacheBytes().asLongValue()),
                config.trustedDocumentsOnly());
    }

    private static String read(String source) {
        try {
            if (source.startsWith(CLASSPATH)) {
                String resource = source.substring(CLASSPATH.length());
                try (InputStream in =
                        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("Persisted documents: no " + resource + " on the class path");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(source));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("Persisted documents: no file " + source, e);
        } catch (IOException e) {
            throw new IllegalStateException("Persisted documents: cannot read " + source + ": " + e.getMessage(), e);
        }
    }
}
