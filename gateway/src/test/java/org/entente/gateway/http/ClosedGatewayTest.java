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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.gateway.fixtures.BookshopResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway as production runs it: only its trusted documents, no introspection, no IDE, no
 * query plans for clients.
 */
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
                    "entente.gateway.expose-query-plan", "false",
                    "entente.gateway.trusted-documents-only", "true");
        }
    }

    @BeforeEach
    void ready() throws InterruptedException {
        for (int i = 0; i < 100 && given().get("/q/health/ready").statusCode() != 200; i++) {
            Thread.sleep(100);
        }
        BookshopResource.shop().reset();
    }

    private static int requestsToSubgraphs() {
        return BookshopResource.shop().servers().stream()
                .mapToInt(s -> s.received().size())
                .sum();
    }

    /** The introspection documents are trusted ones here: refused all the same. */
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
                    .statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("Introspection (__schema, __type) is disabled"))
                    .body("data", nullValue());
        }
        assertEquals(0, requestsToSubgraphs());
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename book(id: \"b1\") { __typename title } }"))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.__typename", equalTo("Query"))
                .body("data.book.__typename", equalTo("Book"))
                .body("data.book.title", equalTo("Book 1"));
    }

    /**
     * Trusted documents only: a document that is not in the manifests is refused, whether sent as
     * text or with an APQ hash (which registers nothing), before any subgraph is asked; the
     * manifests' documents run by id, by hash, or as their text.
     */
    @Test
    void onlyTrustedDocumentsRun() {
        String query = "{ books { id } }";
        given().contentType(ContentType.JSON)
                .accept(GraphQLHttpTest.GRAPHQL_RESPONSE)
                .body(Map.of("query", query))
                .post("/graphql")
                .then()
                .statusCode(403)
                .body("errors[0].extensions.code", equalTo("QUERY_NOT_IN_SAFELIST"))
                .body("errors[0].message", containsString("only its trusted documents"));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", query, "extensions", GraphQLHttpTest.apq(GraphQLHttpTest.sha256(query))))
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_NOT_IN_SAFELIST"));
        given().contentType(ContentType.JSON)
                .body(Map.of("extensions", GraphQLHttpTest.apq(GraphQLHttpTest.sha256(query))))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().queryParam("query", query)
                .get("/graphql")
                .then()
                .body("errors[0].extensions.code", equalTo("QUERY_NOT_IN_SAFELIST"));
        assertEquals(0, requestsToSubgraphs());
        String trusted = "query Book($id: ID!) { book(id: $id) { title } }";
        for (Map<String, Object> request : List.<Map<String, Object>>of(
                Map.of("documentId", "sha256:" + GraphQLHttpTest.sha256(trusted)),
                Map.of("extensions", GraphQLHttpTest.apq(GraphQLHttpTest.sha256(trusted))),
                Map.of("query", trusted))) {
            Map<String, Object> withVariables = new HashMap<>(request);
            withVariables.put("variables", Map.of("id", "b4"));
            given().contentType(ContentType.JSON)
                    .body(withVariables)
                    .post("/graphql")
                    .then()
                    .statusCode(200)
                    .body("data.book.title", equalTo("Book 4"));
        }
    }

    @Test
    void noIdeAndNoQueryPlans() {
        given().get("/graphiql").then().statusCode(404);
        given().get("/test-ide.html").then().statusCode(404);
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
