package org.entente.cli.up;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.cli.auth.DevKeys;
import org.entente.cli.auth.EditorToken;

/**
 * The whole system on one machine: an embedded PostgreSQL with one database per service,
 * actors-service, events-service and the gateway, started in dependency order and stopped
 * in reverse. Used by {@code ./entente up} and by the end-to-end tests.
 */
public final class LocalStack implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final StackSettings settings;
    private final DevKeys keys;
    private LocalPostgres postgres;
    private final List<ManagedService> services = new ArrayList<>();

    public LocalStack(StackSettings settings) {
        this.settings = settings;
        this.keys = new DevKeys(settings.keys());
    }

    public StackSettings settings() {
        return settings;
    }

    public List<ManagedService> services() {
        return List.copyOf(services);
    }

    public ManagedService service(String name) {
        return services.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** A token with the editor role, signed by this stack's dev key. */
    public String editorToken() throws IOException {
        return EditorToken.sign(keys.privateKey(), Duration.ofHours(12));
    }

    public void start(ProgressListener progress) throws IOException, InterruptedException {
        keys.ensure();
        progress.step("PostgreSQL on port " + settings.postgresPort() + " (data in " + settings.postgresData() + ")");
        postgres = LocalPostgres.start(settings.postgresData(), settings.postgresPort(), List.of("actors", "events"));

        ManagedService actors = subgraph("actors-service", settings.actorsPort(), database("actors"));
        Map<String, String> eventsEnv = database("events");
        eventsEnv.put("ENTENTE_ACTORS_URL", actors.baseUrl() + "/graphql");
        ManagedService events = subgraph("events-service", settings.eventsPort(), eventsEnv);
        // The subgraphs do not depend on each other to start: boot them together.
        startAll(progress, actors, events);

        Map<String, String> gatewayEnv = new HashMap<>();
        gatewayEnv.put(
                "ENTENTE_GATEWAY_SUBGRAPHS",
                "actors=" + actors.baseUrl() + "/graphql,events=" + events.baseUrl() + "/graphql");
        startAll(
                progress,
                new ManagedService(
                        "gateway",
                        settings.quarkusJar("gateway-app"),
                        settings.gatewayPort(),
                        gatewayEnv,
                        settings.logs()));
    }

    private void startAll(ProgressListener progress, ManagedService... batch) throws IOException, InterruptedException {
        for (ManagedService s : batch) {
            progress.step(s.name() + " on port " + s.port() + " (log " + s.log() + ")");
            s.start(settings.jvmOptions());
            services.add(s);
        }
        for (ManagedService s : batch) {
            s.awaitReady(READY_TIMEOUT);
        }
    }

    private Map<String, String> database(String name) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(name));
        env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                keys.publicKeyFile().toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_ISSUER", EditorToken.ISSUER);
        return env;
    }

    private ManagedService subgraph(String module, int port, Map<String, String> env) {
        return new ManagedService(module, settings.quarkusJar(module), port, env, settings.logs());
    }

    /** Stops the services in reverse order, then PostgreSQL. Safe to call twice. */
    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            try {
                services.get(i).stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        services.clear();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                // Already stopped (Ctrl-C reaches PostgreSQL too): nothing left to do.
            }
            postgres = null;
        }
    }

    /** Told about each step, so {@code up} can show progress. */
    public interface ProgressListener {
        void step(String what);
    }
}
