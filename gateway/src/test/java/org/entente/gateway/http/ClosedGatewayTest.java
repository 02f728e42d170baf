package org.entente.gateway.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.entente.gateway.fixtures.BookshopResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway as production runs it: no introspection, no explorer page, no query plans for clients. */
@QuarkusTest
@TestProfile(ClosedGatewayTest.Production.class)
@QuarkusTestResource(value = BookshopResource.class, restrictToAnnotatedClass = true)
class ClosedGatewayTest {

    public static final class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "entente.gateway.introspection", "false",
                    "entente.gateway.graphiql", "false",
                    "entente.gateway.expose-query-plan", "false");
        }
    }

    @BeforeEach
    void ready() throws InterruptedException {
        for (int i = 0; i < 100 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(100);
        }
        BookshopResource.shop().reset();
    }

    @Test
    void introspectionIsRefusedButTypenameWorks() {
        for (String query : new String[] {
            "{ __schema { queryType { name } } }",
            "{ __type(name: \"Book\") { name } }",
            "{ books { id } ...Meta } fragment Meta on Query { __schema { types { name } } }"
        }) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("query", query))
                    .post("/graphql")
                    .then()
                    .statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("Introspection (__schema, __type) is disabled"))
                    .body("data", nullValue());
        }
        assertEquals(
                0,
                BookshopResource.shop().servers().stream()
                        .mapToInt(s -> s.received().size())
                        .sum());
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename book(id: \"b1\") { __typename title } }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.__typename", equalTo("Query"))
                .body("data.book.__typename", equalTo("Book"))
                .body("data.book.title", equalTo("Book 1"));
    }

    @Test
    void noExplorerAndNoQueryPlans() {
        given().get("/graphiql").then().statusCode(404);
        given().contentType(ContentType.JSON)
                .header("Entente-Query-Plan", "true")
                .body(Map.of("query", "{ me { id } }", "extensions", Map.of("queryPlan", true)))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.me.id", equalTo("u1"))
                .body("extensions", nullValue());
    }
}
