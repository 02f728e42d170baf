package org.entente.cli.up;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.entente.cli.auth.EditorToken;

/**
 * What each service of the local stack is told. Only the gateway is for clients: the subgraphs
 * listen on the loopback interface alone, so that no other machine can call them directly and
 * skip the gateway's limits; the gateway listens on every interface, as Quarkus does by default,
 * but serves its health and metrics only on its management interface, bound to loopback too.
 */
public final class ServiceSpecs {
    /** IPv4 loopback rather than {@code localhost}, which some systems resolve to ::1 first. */
    static final String LOOPBACK = "127.0.0.1";

    private final StackSettings settings;
    private final UnaryOperator<String> jdbcUrl;
    private final Path publicKey;

    /**
     * @param jdbcUrl the JDBC URL of a database of the stack's PostgreSQL, by name
     * @param publicKey the PEM file of the key that signs editor tokens
     */
    public ServiceSpecs(StackSettings settings, UnaryOperator<String> jdbcUrl, Path publicKey) {
        this.settings = settings;
        this.jdbcUrl = jdbcUrl;
        this.publicKey = publicKey;
    }

    public ServiceSpec actors() {
        return subgraph("actors-service", settings.actorsPort(), database("actors"));
    }

    public ServiceSpec events() {
        Map<String, String> env = database("events");
        env.put("ENTENTE_ACTORS_URL", actors().baseUrl() + "/graphql");
        return subgraph("events-service", settings.eventsPort(), env);
    }

    public ServiceSpec gateway() {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(settings.gatewayPort()));
        env.put("QUARKUS_MANAGEMENT_HOST", LOOPBACK);
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(settings.gatewayManagementPort()));
        env.put(
                "ENTENTE_GATEWAY_SUBGRAPHS",
                "actors=" + actors().baseUrl() + "/graphql,events=" + events().baseUrl() + "/graphql");
        env.putAll(settings.gatewayEnvironment());
        return new ServiceSpec(
                "gateway", "gateway-app", "localhost", settings.gatewayPort(), settings.gatewayManagementUrl(), env);
    }

    private static ServiceSpec subgraph(String module, int port, Map<String, String> env) {
        env.put("QUARKUS_HTTP_HOST", LOOPBACK);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceSpec(module, module, LOOPBACK, port, env);
    }

    private Map<String, String> database(String name) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl.apply(name));
        env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_ISSUER", EditorToken.ISSUER);
        return env;
    }
}
