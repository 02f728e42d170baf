package org.entente.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics are served by the management interface only: on its own port, which the
 * Ingress does not route to, and not on the public port, which it does.
 */
@QuarkusTest
class ManagementInterfaceTest {

    private static final String[] MANAGEMENT_PATHS = {
        "/q/health", "/q/health/live", "/q/health/ready", "/q/health/started", "/q/metrics"
    };

    /** The management interface's root (the application's port is RestAssured's default). */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @TestHTTPResource("/")
    URL application;

    @Test
    void healthAndMetricsAnswerOnTheManagementPort() {
        assertNotEquals(application.getPort(), management.getPort(), "a port of its own");
        given().baseUri(base()).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(base()).get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void thePublicPortServesNeitherHealthNorMetrics() {
        for (String path : MANAGEMENT_PATHS) {
            given().get(path).then().statusCode(404).body(not(containsString("jvm_")));
        }
    }

    @Test
    void theManagementPortServesNoneOfTheApplication() {
        given().baseUri(base())
                .contentType("application/json")
                .body("{\"query\":\"{ __typename }\"}")
                .post("/graphql")
                .then()
                .statusCode(404);
        given().baseUri(base()).accept("text/html").get("/").then().statusCode(404);
    }

    private String base() {
        return "http://" + management.getHost() + ":" + management.getPort();
    }
}
