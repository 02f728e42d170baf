package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.gateway.composition.SubgraphSource;

/** The committed SDLs of actors-service and events-service, with their local URLs. */
final class RealSubgraphs {

    private RealSubgraphs() {}

    static SubgraphSource actors() throws IOException {
        return read(
                "actors", "http://localhost:8081/graphql", Path.of("..", "actors-service", "schema", "actors.graphql"));
    }

    static SubgraphSource events() throws IOException {
        return read(
                "events", "http://localhost:8082/graphql", Path.of("..", "events-service", "schema", "events.graphql"));
    }

    private static SubgraphSource read(String name, String url, Path sdl) throws IOException {
        assertTrue(Files.exists(sdl), "the service's committed SDL " + sdl);
        return new SubgraphSource(name, url, Files.readString(sdl));
    }
}
