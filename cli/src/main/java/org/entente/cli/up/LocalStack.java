package org.entente.cli.up;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.entente.cli.auth.DevKeys;
import org.entente.cli.auth.EditorToken;

/**
 * The whole system on one machine: an embedded PostgreSQL with one database per service,
 * actors-service, events-service and the gateway, started in dependency order and stopped
 * in reverse. Once all are ready a {@link Supervisor} restarts any of them that exits by itself.
 * Used by {@code ./entente up} and by the end-to-end tests.
 */
public final class LocalStack implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final StackSettings settings;
    private final DevKeys keys;
    private final StackLog log;
    private final Supervisor supervisor;
    private LocalPostgres postgres;
    private final List<ManagedService> services = new ArrayList<>();

    /**
     * @param settings its ports; a gateway management port of {@link StackSettings#ANY_PORT} is
     *     replaced here by a free port (see {@link FreePorts}), which {@link #settings()} then tells
     * @param console where the supervisor's events are shown, besides {@code logs/up.log}
     */
    public LocalStack(StackSettings settings, PrintStream console) {
        this.settings = settings.gatewayManagementPort() == StackSettings.ANY_PORT
                ? settings.withGatewayManagementPort(FreePorts.pick())
                : settings;
        this.keys = new DevKeys(settings.keys());
        this.log = new StackLog(settings.logs().resolve("up.log"), console);
        this.supervisor = new Supervisor(log);
    }

    /** Its settings, with the gateway's management port it chose. */
    public StackSettings settings() {
        return settings;
    }

    public StackLog log() {
        return log;
    }

    public LocalPostgres postgres() {
        return postgres;
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
        progress.step("PostgreSQL on " + ServiceSpecs.LOOPBACK + ":" + settings.postgresPort() + " (data in "
                + settings.postgresData() + ")");
        postgres = LocalPostgres.start(
                settings.postgresData(),
                settings.postgresPort(),
                List.of("actors", "events"),
                settings.logs().resolve("postgres.log"));

        ServiceSpecs specs = new ServiceSpecs(settings, postgres::jdbcUrl, keys.publicKeyFile());
        // The subgraphs do not depend on each other to start: boot them together.
        startAll(progress, specs.actors(), specs.events());
        startAll(progress, specs.gateway());

        supervisor.watch(postgres);
        services.forEach(supervisor::watch);
        supervisor.start();
        log.event("started: PostgreSQL, "
                + String.join(", ", services.stream().map(ManagedService::name).toList()));
    }

    private void startAll(ProgressListener progress, ServiceSpec... batch) throws IOException, InterruptedException {
        List<ManagedService> started = new ArrayList<>();
        for (ServiceSpec spec : batch) {
            ManagedService s = new ManagedService(
                    spec, settings.quarkusJar(spec.module()), settings.jvmOptions(), settings.logs());
            String where = spec.loopbackOnly() ? spec.host() + ":" + spec.port() : "port " + spec.port();
            if (!spec.managementUrl().equals(spec.baseUrl())) {
                where += ", health and metrics on " + spec.managementUrl();
            }
            progress.step(s.name() + " on " + where + " (log " + s.log() + ")");
            s.start();
            services.add(s);
            started.add(s);
        }
        for (ManagedService s : started) {
            s.awaitReady(READY_TIMEOUT);
        }
    }

    /**
     * Stops the supervisor first, so nothing is restarted, then the services in reverse order,
     * then PostgreSQL. Safe to call twice.
     */
    @Override
    public void close() {
        supervisor.close();
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
                // Already stopped: nothing left to do.
            }
            postgres = null;
        }
    }

    /** Told about each step, so {@code up} can show progress. */
    public interface ProgressListener {
        void step(String what);
    }
}
