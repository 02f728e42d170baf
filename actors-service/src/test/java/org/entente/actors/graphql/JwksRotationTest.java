package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.JwksServer;
import org.entente.subgraph.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Editors signed in with an OpenID Connect provider: the service verifies tokens with the keys the
 * provider publishes (a JWKS URL), with the provider's issuer and its role claim (Keycloak's
 * realm_access.roles), and follows a key rotation without a restart: a token with a key id it has
 * not seen makes it fetch the key set again.
 *
 * <p>A test profile of its own: restarted with the same profile, Quarkus would keep SmallRye's
 * engine, built for the other application, whose error codes then no longer know this one's
 * exceptions.
 */
@QuarkusTest
@TestProfile(JwksRotationTest.OpenIdProvider.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = JwksServer.class, restrictToAnnotatedClass = true)
class JwksRotationTest {
    /** The service as configured by the test resource: keys, issuer and role claim of the provider. */
    public static class OpenIdProvider implements QuarkusTestProfile {}

    private static final String CREATE = "mutation($input: ActorInput!) { createActor(input: $input) { id } }";

    JwksServer provider;

    private static JsonPath create(String token) {
        return send(token, CREATE, "input", Fixtures.actorInput(Fixtures.uniqueHandle("oidc"), "GROUP", "Signed in"));
    }

    @Test
    void tokensOfTheProvidersKeysAreAcceptedAcrossARotation() {
        String signedWithA = provider.token("editor");
        ok(create(signedWithA));

        provider.rotate();
        int fetches = provider.requests();
        ok(create(provider.token("editor")));
        assertEquals(fetches + 1, provider.requests(), "the new key id made the service fetch the key set again");

        errorCode(create(signedWithA), "UNAUTHENTICATED");
        errorCode(create(provider.token("reader")), "FORBIDDEN");
    }

    /** With realm_access.roles configured, editor in the groups claim does not count. */
    @Test
    void theRoleIsReadFromTheConfiguredClaim() {
        errorCode(create(provider.token()), "FORBIDDEN");
        errorCode(create(provider.tokenWithGroups("editor")), "FORBIDDEN");
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        errorCode(create(Tokens.editor()), "UNAUTHENTICATED");
    }
}
