package org.entente.cli.up;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What `up` tells each service: only the gateway may be reached from other machines. */
class ServiceSpecsTest {
    private final StackSettings settings =
            StackSettings.defaults(Path.of("/project")).withGatewayManagementPort(41234);
    private final ServiceSpecs specs = new ServiceSpecs(
            settings, db -> "jdbc:postgresql://127.0.0.1:54329/" + db, Path.of("/project/.entente/keys/public.pem"));

    @Test
    void subgraphsListenOnTheLoopbackInterfaceOnly() {
        for (ServiceSpec subgraph : List.of(specs.actors(), specs.events())) {
            assertEquals("127.0.0.1", subgraph.environment().get("QUARKUS_HTTP_HOST"), subgraph.name());
            assertTrue(subgraph.loopbackOnly(), subgraph.name());
            assertTrue(subgraph.baseUrl().startsWith("http://127.0.0.1:"), subgraph.baseUrl());
        }
        assertEquals("8081", specs.actors().environment().get("QUARKUS_HTTP_PORT"));
        assertEquals("8082", specs.events().environment().get("QUARKUS_HTTP_PORT"));
    }

    @Test
    void theGatewayListensAsQuarkusDoesByDefaultAndCallsTheSubgraphsOnLoopback() {
        Map<String, String> gateway = specs.gateway().environment();
        assertFalse(gateway.containsKey("QUARKUS_HTTP_HOST"), "every interface, as before");
        assertFalse(specs.gateway().loopbackOnly());
        assertEquals("8080", gateway.get("QUARKUS_HTTP_PORT"));
        assertEquals(
                "actors=http://127.0.0.1:8081/graphql,events=http://127.0.0.1:8082/graphql",
                gateway.get("ENTENTE_GATEWAY_SUBGRAPHS"));
        assertEquals(
                "http://127.0.0.1:8081/graphql", specs.events().environment().get("ENTENTE_ACTORS_URL"));
    }

    /** Settings of the gateway's own (the explorer's sign-in) go to it alone: the subgraphs refuse unknown settings. */
    @Test
    void theGatewaysOwnEnvironmentGoesToItAlone() {
        ServiceSpecs withSignIn = new ServiceSpecs(
                settings.withGatewayEnvironment(Map.of("ENTENTE_EXPLORER_OIDC_ISSUER", "http://127.0.0.1:4567")),
                db -> "jdbc:postgresql://127.0.0.1:54329/" + db,
                Path.of("/project/.entente/keys/public.pem"));
        assertEquals("http://127.0.0.1:4567", withSignIn.gateway().environment().get("ENTENTE_EXPLORER_OIDC_ISSUER"));
        assertEquals("8080", withSignIn.gateway().environment().get("QUARKUS_HTTP_PORT"));
        assertEquals("41234", withSignIn.gateway().environment().get("QUARKUS_MANAGEMENT_PORT"));
        for (ServiceSpec subgraph : List.of(withSignIn.actors(), withSignIn.events())) {
            assertFalse(subgraph.environment().containsKey("ENTENTE_EXPLORER_OIDC_ISSUER"), subgraph.name());
        }
        assertFalse(specs.gateway().environment().containsKey("ENTENTE_EXPLORER_OIDC_ISSUER"), "none by default");
    }

    /** Health and metrics: the gateway's on its management interface, bound to loopback; a subgraph's on its port. */
    @Test
    void theGatewaysHealthAndMetricsAreOnItsManagementPortOnLoopback() {
        ServiceSpec gateway = specs.gateway();
        assertEquals("127.0.0.1", gateway.environment().get("QUARKUS_MANAGEMENT_HOST"));
        assertEquals("41234", gateway.environment().get("QUARKUS_MANAGEMENT_PORT"));
        assertEquals("http://127.0.0.1:41234/q/health/ready", gateway.readinessUrl());
        assertEquals("http://127.0.0.1:41234/q/metrics", gateway.metricsUrl());
        assertEquals("http://127.0.0.1:8081/q/health/ready", specs.actors().readinessUrl());
        assertFalse(specs.actors().environment().containsKey("QUARKUS_MANAGEMENT_PORT"));
    }

    @Test
    void eachSubgraphGetsItsOwnDatabaseAndTheDevKey() {
        assertEquals(
                "jdbc:postgresql://127.0.0.1:54329/actors",
                specs.actors().environment().get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(
                "jdbc:postgresql://127.0.0.1:54329/events",
                specs.events().environment().get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(
                "/project/.entente/keys/public.pem",
                specs.events().environment().get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        assertEquals("entente", specs.actors().environment().get("MP_JWT_VERIFY_ISSUER"));
    }
}
