package org.entente.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The explorer's build, served by the gateway at {@code /}, with its own addresses working on reload. */
@QuarkusTest
class ExplorerPagesTest {

    private static final String HTML = "text/html,application/xhtml+xml";

    private static String index() {
        return given().accept(HTML)
                .get("/")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-cache")
                .contentType(containsString("text/html"))
                .extract()
                .asString();
    }

    @Test
    void theRootIsTheExplorer() {
        String page = index();
        assertTrue(page.contains("<div id=\"root\">"), page);
        assertTrue(page.contains("entente-graphql-endpoint"), page);
    }

    @Test
    void anAddressOfTheExplorerReloadsIntoIt() {
        given().accept(HTML)
                .get("/actors/iran")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-cache")
                .body(equalTo(index()));
        given().accept(HTML)
                .get("/connections?from=iran&to=csto")
                .then()
                .statusCode(200)
                .body(equalTo(index()));
    }

    @Test
    void onlyBrowsersAskingForAPageGetIt() {
        given().accept("application/json").get("/actors/iran").then().statusCode(404);
        given().accept(HTML).get("/no-such-file.js").then().statusCode(404);
    }

    @Test
    void theGatewaysOwnPathsAreNotTheExplorers() {
        given().accept(HTML)
                .get("/graphql")
                .then()
                .body(not(containsString("<div id=\"root\">")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().accept(HTML).get("/q/health/live").then().body(not(containsString("<div id=\"root\">")));
        given().accept(HTML).get("/q/no-such-endpoint").then().statusCode(404);
    }

    @Test
    void hashedAssetsAreCachedForGoodAndTheManifestIsThere() {
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index());
        assertTrue(script.find(), "index.html loads a hashed script");
        given().get(script.group(1))
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().get("/persisted-documents.json").then().statusCode(200).body(containsString("\"sha256:"));
        given().accept(HTML).get("/graphiql.html").then().statusCode(200).body(containsString("id=\"graphiql\""));
    }

    /** GraphiQL, the explorer module's bundle with its query-plan plugin, at the gateway's /graphiql. */
    @Test
    void graphiqlIsTheExplorersBundle() {
        given().accept(HTML)
                .get("/graphiql")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"graphiql\""))
                .body(equalTo(given().get("/graphiql.html").asString()));
    }

    /**
     * The gateway loads the explorer's manifest by default: an id from it gets past the persisted
     * documents (here to the missing subgraphs), an unknown one does not.
     */
    @Test
    void theExplorersPersistedDocumentsAreKnown() {
        String id = given().get("/persisted-documents.json")
                .then()
                .extract()
                .jsonPath()
                .getMap("")
                .keySet()
                .iterator()
                .next()
                .toString();
        given().contentType("application/json")
                .body(java.util.Map.of("documentId", id))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.code", equalTo("SUBGRAPH_UNAVAILABLE"));
        given().contentType("application/json")
                .body(java.util.Map.of("documentId", "sha256:" + "0".repeat(64)))
                .post("/graphql")
                .then()
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    /** Without a provider configured (the default), the explorer offers no sign-in: editors paste a token. */
    @Test
    void noSignInIsConfiguredByDefault() {
        given().get(ExplorerPages.CONFIG_PATH)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "no-cache")
                .body(equalTo("{\"oidc\":null}"));
    }

    @Test
    void addressesAreToldApartFromFilesAndEndpoints() {
        assertTrue(ExplorerPages.isAppAddress("/"));
        assertTrue(ExplorerPages.isAppAddress("/events/12/edit"));
        assertTrue(ExplorerPages.isAppAddress("/graphql-explained"));
        assertTrue(!ExplorerPages.isAppAddress("/graphql"));
        assertTrue(!ExplorerPages.isAppAddress("/graphiql"));
        assertTrue(!ExplorerPages.isAppAddress("/q/metrics"));
        assertTrue(!ExplorerPages.isAppAddress("/assets/explorer-1a2b.js"));
        assertTrue(ExplorerPages.isAppAddress("/auth/callback"), "where the OIDC provider sends editors back");
    }
}
