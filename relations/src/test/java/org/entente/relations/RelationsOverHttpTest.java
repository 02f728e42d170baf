package org.entente.relations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.entente.gateway.fixtures.BookshopResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relations plugin in a running gateway: its bean is found on the classpath and composed in
 * at start, here over the gateway's bookshop fixture subgraphs.
 */
@QuarkusTest
@QuarkusTestResource(value = BookshopResource.class, restrictToAnnotatedClass = true)
class RelationsOverHttpTest {

    @BeforeEach
    void readyAndReset() throws InterruptedException {
        for (int i = 0; i < 100 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(100);
        }
        given().get("/q/health/ready").then().statusCode(200);
        BookshopResource.shop().reset();
    }

    @Test
    void relationsSubgraphIsComposedInButNeedsTheActorsAndEventsSubgraphs() {
        // Over the bookshop the relations' internal operation cannot be planned.
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ connections(from: \"1\", to: \"2\") { length } }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("INTERNAL"))
                .body("errors[0].extensions.serviceName", equalTo("relations"))
                .body("errors[0].message", containsString("the supergraph cannot answer a relationship query"))
                .body("errors[0].path", equalTo(List.of("connections")));
        assertEquals(
                0,
                BookshopResource.shop().servers().stream()
                        .mapToInt(s -> s.received().size())
                        .sum());
    }
}
