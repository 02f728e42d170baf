package org.entente.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The explorer's runtime settings at /explorer/config.json: the OIDC provider editors sign in
 * with, from the gateway's settings, so one build serves any deployment.
 */
@QuarkusTest
@TestProfile(ExplorerConfigTest.WithProvider.class)
class ExplorerConfigTest {

    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "entente.explorer.oidc.issuer", "https://keycloak.example.org/realms/entente",
                    "entente.explorer.oidc.client-id", "entente-explorer");
        }
    }

    @Test
    void theConfiguredProviderIsServedToTheExplorer() {
        given().accept("text/html,application/xhtml+xml")
                .get(ExplorerPages.CONFIG_PATH)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "no-cache")
                .body("oidc.authority", equalTo("https://keycloak.example.org/realms/entente"))
                .body("oidc.clientId", equalTo("entente-explorer"))
                .body("oidc.scope", equalTo("openid"))
                .body("oidc.name", equalTo("keycloak.example.org"));
    }

    @Test
    void anIssuerWithoutClientIdOffersNoSignIn() {
        JsonObject config = ExplorerPages.configJson(
                Optional.of("https://idp.example/realms/x"), Optional.of("  "), "openid", Optional.empty());
        assertTrue(config.containsKey("oidc"));
        assertEquals(null, config.getValue("oidc"));
        assertEquals(
                "Corporate SSO",
                ExplorerPages.configJson(
                                Optional.of("https://idp.example/realms/x"),
                                Optional.of("explorer"),
                                "openid profile",
                                Optional.of("Corporate SSO"))
                        .getJsonObject("oidc")
                        .getString("name"));
    }
}
