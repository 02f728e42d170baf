package org.entente.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
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
    void anAnswerWithErrorsWritesNothingAndKeepsTheOldFile() throws IOException {
        Path target = directory.resolve("out.graphml");
        Files.writeString(target, "the export of yesterday");
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/graphql", exchange -> {
            byte[] body = ("{\"data\":{\"actors\":null},\"errors\":[{\"message\":\"the service's data is"
                            + " unavailable at the moment\",\"extensions\":{\"code\":\"SUBGRAPH_UNAVAILABLE\"}}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        gateway.start();
        try {
            Run run = Run.of(
                    "export",
                    "--gateway",
                    "http://127.0.0.1:" + gateway.getAddress().getPort() + "/graphql",
                    "-o",
                    target.toString());
            assertEquals(1, run.exitCode());
            assertEquals(
                    "entente export: the gateway answered with errors, so nothing was written:"
                            + " SUBGRAPH_UNAVAILABLE: the service's data is unavailable at the moment",
                    run.err().strip());
            assertEquals("", run.out());
        } finally {
            gateway.stop(0);
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
