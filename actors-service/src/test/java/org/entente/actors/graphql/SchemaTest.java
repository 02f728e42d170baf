package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.entente.subgraph.testing.SdlFields;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SchemaTest {

    /** The served SDL, written on each run so a change can be reviewed and copied to the snapshot. */
    static final Path SDL_FILE = Path.of("target", "actors.graphql");
    /** The committed public schema: the gateway's tests and deploy/ compose from it. */
    static final Path SDL_SNAPSHOT = Path.of("schema", "actors.graphql");

    @Test
    void sdlDeclaresFederationLinkAndKeys() throws IOException {
        String sdl = sdl();
        Files.writeString(SDL_FILE, sdl);
        assertTrue(
                Pattern.compile("schema @link\\([^)]*url : \"https://specs.apollo.dev/federation/v2.9\"")
                        .matcher(sdl)
                        .find(),
                sdl);
        assertTrue(sdl.contains("type Actor @key(fields : \"id\")"), sdl);
        assertTrue(sdl.contains("type Source @key(fields : \"id\", resolvable : false)"), sdl);
        assertTrue(sdl.contains("scalar PartialDate"), sdl);
        assertEquals(
                Files.readString(SDL_SNAPSHOT),
                sdl,
                "the schema changed: review target/actors.graphql and copy it to schema/actors.graphql");
    }

    /**
     * A field whose value events-service resolves may be null: when that service cannot answer,
     * the gateway nulls just that value instead of the membership, the actor, or the whole answer.
     */
    @Test
    void fieldsResolvedByEventsServiceAreNullable() {
        SdlFields fields = SdlFields.of(sdl());
        assertTrue(fields.hasNullableElements("Membership", "sources"));
        assertTrue(fields.hasNullableElements("Position", "sources"));
    }

    @Test
    void sdlComposesWithAnIndependentComposer() throws Exception {
        Path file = Path.of("target", "actors-compose-input.graphql");
        Files.writeString(file, sdl());
        Path script = Path.of("..", "tools", "composition", "check.sh")
                .toAbsolutePath()
                .normalize();
        Process process = new ProcessBuilder(
                        "bash", script.toString(), "actors=http://localhost:8081/graphql=" + file.toAbsolutePath())
                .redirectErrorStream(true)
                .start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes());
        }
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "composer did not finish");
        assumeTrue(process.exitValue() != 3, () -> "composition check skipped: " + output);
        assertEquals(0, process.exitValue(), () -> "composition failed:\n" + output);
        assertTrue(output.contains("type Actor"), output);
    }

    private static String sdl() {
        return ok(read("{ _service { sdl } }")).getString("data._service.sdl");
    }
}
