package org.entente.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An operation no plan can answer is the client's GraphQL error ({@code QUERY_PLANNING_FAILED}, a
 * message naming the field), never an HTTP 500: over a supergraph file written by hand in which
 * one field sits only in a subgraph that cannot resolve its entity.
 */
@QuarkusTest
@TestProfile(UnplannableOperationTest.HandWrittenSupergraph.class)
class UnplannableOperationTest {

    public static final class HandWrittenSupergraph implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.gateway.supergraph-file", "src/test/resources/unplannable/supergraph.graphql");
        }
    }

    @BeforeEach
    void ready() throws InterruptedException {
        for (int i = 0; i < 100 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(100);
        }
    }

    /** Refused like an invalid document: 400 for GraphQL-over-HTTP clients, 200 for legacy JSON ones. */
    @ParameterizedTest
    @CsvSource({"application/graphql-response+json, 400", "application/json, 200"})
    void anUnplannableOperationIsAGraphQLErrorWithItsCode(String accept, int status) {
        given().contentType(ContentType.JSON)
                .accept(accept)
                .body(Map.of("query", "{ things { name detail } }"))
                .post("/graphql")
                .then()
                .statusCode(status)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("QUERY_PLANNING_FAILED"))
                .body(
                        "errors[0].message",
                        equalTo("Cannot plan the operation: no subgraph can resolve Thing.detail for an entity"
                                + " coming from subgraph lists"));
    }

    @Test
    void whatCanBePlannedStillIsOnTheSameSupergraph() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.__typename", equalTo("Query"));
    }
}
