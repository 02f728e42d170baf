package org.entente.subgraph.http;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code entente.entity-cache.max-age.<Type>}: how long a gateway may keep this service's answers
 * for entities of each type (e.g. {@code entente.entity-cache.max-age.Actor=60s}). A type that is
 * not listed is never cached. The service publishes its writes on its change stream, so a gateway
 * that hears it drops what a write changed within a second; the age bounds what a gateway that
 * does not could serve.
 */
@ConfigMapping(prefix = "entente.entity-cache")
public interface EntityCacheSettings {

    Map<String, Duration> maxAge();

    /**
     * {@code entente.entity-cache.root-field-max-age.<field>}: how long a gateway may keep this
     * service's answer to a query of this root field (e.g. {@code actor=60s}), per document and
     * variables. A root field that is not listed is never cached; list only fields whose answer is
     * the same for every caller and read from this service's announced tables.
     */
    Map<String, Duration> rootFieldMaxAge();

    /**
     * {@code entente.entity-cache.silent-tables}: tables whose writes the change stream does not
     * announce, because no answer a gateway may keep is read from them (queues, and what only root
     * fields that are never kept read: a root field not in {@link #rootFieldMaxAge()}). Every
     * announced write drops a gateway's whole cache of this service, so a busy table that feeds no
     * cached answer would empty it for nothing.
     */
    Optional<Set<String>> silentTables();
}
