package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.entente.subgraph.testing.GraphQLClient.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A deployment that has not been given a public key yet: the service starts and serves reads,
 * and refuses every write, even one signed with the test key, as UNAUTHENTICATED. (Outside
 * production Quarkus verifies against an in-memory key pair of its own in this case; in
 * production there is no key at all. Either way no token from outside can pass.)
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@TestProfile(WithoutVerificationKeyTest.NoKey.class)
class WithoutVerificationKeyTest {

    public static class NoKey implements QuarkusTestProfile {
        /** Not the "test" profile, so the %test key location does not apply: no key at all, as in production. */
        @Override
        public String getConfigProfile() {
            return "no-key";
        }
    }

    @Test
    void startsServesReadsAndRefusesWrites() {
        assertEquals(
                0,
                ok(read("{ actors(search: \"nobody at all\") { totalCount } }")).getInt("data.actors.totalCount"));
        errorCode(
                send(
                        Tokens.editor(),
                        "mutation { createActor(input: {handle: \"no-key\", kind: GROUP, name: \"No key\"}) { id } }"),
                "UNAUTHENTICATED");
    }
}
