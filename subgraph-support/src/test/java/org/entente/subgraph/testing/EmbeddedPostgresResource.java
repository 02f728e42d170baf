package org.entente.subgraph.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts a real PostgreSQL (embedded binaries, no Docker) for a service's test run and points the
 * datasource at it. A test that declares a field of this type gets this object, to take the
 * database away while the service runs ({@link #shutDown()}); such a test needs a test profile of
 * its own, so that the next test class starts with a new database.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        shutDown();
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this, new TestInjector.MatchesType(EmbeddedPostgresResource.class));
    }

    /** Stops the database: an outage, as the service sees it. */
    public synchronized void shutDown() {
        try {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
