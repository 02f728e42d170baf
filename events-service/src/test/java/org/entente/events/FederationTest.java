package org.entente.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class FederationTest {
    @Test
    void sdl() {
        String sdl = GraphQL.ok(GraphQL.anonymous("{ _service { sdl } }")).getString("data._service.sdl");
        System.out.println(sdl);
        assertTrue(sdl.contains("federation/v2.9"), sdl);
    }
}
