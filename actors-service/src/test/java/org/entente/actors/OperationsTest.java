package org.entente.actors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.GraphQLClient;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OperationsTest {

    @Test
    void readinessIncludesAHealthyDatabase() {
        JsonPath health =
                given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", health.getString("status"));
        List<String> checks = health.getList("checks.name");
        assertTrue(checks.stream().anyMatch(name -> name.toLowerCase().contains("database")), checks::toString);
        assertEquals(
                List.of("UP"), health.getList("checks.findAll { it.name.toLowerCase().contains('database') }.status"));
    }

    @Test
    void metricsAreInPrometheusFormat() {
        GraphQLClient.read("{ actors(first: 1) { totalCount } }");
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("# TYPE jvm_memory_used_bytes gauge"), metrics);
        assertTrue(metrics.contains("http_server_requests_seconds_count{"), metrics);
    }
}
