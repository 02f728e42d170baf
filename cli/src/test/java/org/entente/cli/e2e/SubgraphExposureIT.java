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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.cli.up.StackSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Only the gateway can be reached from other machines; the subgraphs and PostgreSQL serve loopback alone. */
@ExtendWith(RunningStack.class)
class SubgraphExposureIT {

    @Test
    void onlyTheGatewayIsReachableOnANonLoopbackAddress() throws Exception {
        StackSettings ports = stack().settings();
        List<Integer> internal = List.of(ports.actorsPort(), ports.eventsPort(), ports.postgresPort());
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
        }
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
