package org.entente.cli.e2e;

import static org.entente.cli.e2e.RunningStack.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.cli.up.StackSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Only the gateway's public port can be reached from other machines; the subgraphs, PostgreSQL and
 * the gateway's management interface (health, metrics) serve loopback alone.
 */
@ExtendWith(RunningStack.class)
class SubgraphExposureIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void onlyTheGatewayIsReachableOnANonLoopbackAddress() throws Exception {
        StackSettings ports = stack().settings();
        List<Integer> internal =
                List.of(ports.actorsPort(), ports.eventsPort(), ports.postgresPort(), ports.gatewayManagementPort());
        for (int port : internal) {
            assertTrue(connects(InetAddress.getLoopbackAddress(), port), "serves on loopback: " + port);
        }
        Optional<InetAddress> external = nonLoopbackAddress();
        if (external.isPresent()) {
            InetAddress address = external.get();
            assertTrue(
                    connects(address, ports.gatewayPort()),
                    "the gateway listens on every interface, so " + address + " reaches this machine");
            for (int port : internal) {
                assertFalse(connects(address, port), address + ":" + port + " must not be reachable");
            }
        } else {
            // No other interface to try from: check what the subgraphs were told instead.
            for (String subgraph : List.of("actors-service", "events-service")) {
                Map<String, String> env = stack().service(subgraph).spec().environment();
                assertEquals("127.0.0.1", env.get("QUARKUS_HTTP_HOST"), subgraph);
            }
            Map<String, String> gateway = stack().service("gateway").spec().environment();
            assertEquals("127.0.0.1", gateway.get("QUARKUS_MANAGEMENT_HOST"));
        }
    }

    /** Health and metrics answer on the management port only; the public port does not serve them. */
    @Test
    void theGatewaysHealthAndMetricsAreOnItsManagementPortOnly() throws Exception {
        StackSettings ports = stack().settings();
        assertNotEquals(ports.gatewayPort(), ports.gatewayManagementPort());
        assertEquals(200, status(ports.gatewayHealthUrl()));
        assertTrue(gatewayMetrics().contains("entente_gateway_subgraph_requests_seconds_count{"), "metrics");
        String publicPort = "http://localhost:" + ports.gatewayPort();
        for (String path : List.of("/q/health/ready", "/q/health/live", "/q/metrics")) {
            assertEquals(404, status(publicPort + path), publicPort + path);
        }
    }

    private static int status(String url) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(SubgraphExposureIT::isUp)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean isUp(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refusedOrDropped) {
            return false;
        }
    }
}
