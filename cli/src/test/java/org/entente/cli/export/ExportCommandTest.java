package org.entente.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `./entente export` says, and leaves behind, when it cannot export. */
class ExportCommandTest {
    @TempDir
    Path directory;

    @Test
    void aDateThatIsNotAPartialDateIsRefusedBeforeAnyRequest() {
        Run run = Run.of("export", "--as-of", "2007-13", "--gateway", "http://127.0.0.1:9/graphql");
        assertEquals(2, run.exitCode());
        assertEquals(
                List.of(
                        "./entente export: --as-of: '2007-13' is not a partial date (2007, 2007-05, 2007-05-14)",
                        "See './entente export --help'."),
                run.err().lines().toList());
    }

    @Test
    void anUnknownFormatOrReachIsRefused() {
        Run format = Run.of("export", "--format", "xml");
        assertEquals(2, format.exitCode());
        assertEquals(
                "./entente export: Invalid value for option '--format': 'xml' is not a format; choose graphml, csv or ftm",
                format.err().lines().findFirst().orElseThrow());
        Run hops = Run.of("export", "--around", "iran", "--hops", "4");
        assertEquals(2, hops.exitCode());
        assertEquals(
                "./entente export: --hops: 4 is not between 1 and 3",
                hops.err().lines().findFirst().orElseThrow());
    }

    @Test
    void anUnreachableGatewayWritesNothing() throws IOException {
        Path target = directory.resolve("out.graphml");
        String gateway = "http://127.0.0.1:" + closedPort() + "/graphql";
        Run run = Run.of("export", "--gateway", gateway, "-o", target.toString());
        assertEquals(1, run.exitCode());
        assertEquals(
                "entente export: cannot reach the gateway at " + gateway + " (is `./entente up` running?)",
                run.err().strip());
        assertFalse(Files.exists(target));
        try (var files = Files.list(directory)) {
            assertEquals(0, files.count(), "no partial file either");
        }
    }

    @Test
    void anAnswerWithErrorsWritesNothingAndKeepsTheOldFile() throws Exception {
        Path target = directory.resolve("out.graphml");
        Files.writeString(target, "the export of yesterday");
        String errors = "{\"data\":{\"actors\":null},\"errors\":[{\"message\":\"the service's data is"
                + " unavailable at the moment\",\"extensions\":{\"code\":\"SUBGRAPH_UNAVAILABLE\"}}]}";
        // Vert.x, not the JDK's HttpServer: that one reads its settings once per JVM, and the bench's
        // tests, in the same JVM, need theirs
        Vertx vertx = Vertx.vertx();
        try {
            HttpServer gateway = vertx.createHttpServer()
                    .requestHandler(request -> request.response()
                            .putHeader("Content-Type", "application/json")
                            .end(errors))
                    .listen(0, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get();
            Run run = Run.of(
                    "export",
                    "--gateway",
                    "http://127.0.0.1:" + gateway.actualPort() + "/graphql",
                    "-o",
                    target.toString());
            assertEquals(1, run.exitCode());
            assertEquals(
                    "entente export: the gateway answered with errors, so nothing was written:"
                            + " SUBGRAPH_UNAVAILABLE: the service's data is unavailable at the moment",
                    run.err().strip());
            assertEquals("", run.out());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
        assertEquals("the export of yesterday", Files.readString(target));
        try (var files = Files.list(directory)) {
            assertEquals(1, files.count(), "no partial file");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
