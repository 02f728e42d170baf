package org.entente.cli.up;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreePortsTest {
    @TempDir
    Path dir;

    @Test
    void picksBelowTheEphemeralRangeAndNeverTheSamePortTwice() throws Exception {
        int ephemeralStart = FreePorts.ephemeralStart(Path.of("/proc/sys/net/ipv4/ip_local_port_range"));
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = FreePorts.pick();
            assertTrue(port >= FreePorts.LOWEST && port < ephemeralStart, port + " lies outside the range");
            assertTrue(picked.add(port), "port " + port + " was handed out twice");
        }
    }

    @Test
    void skipsAPortSomethingListensOnOnlyOnLoopback() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int busy = taken.getLocalPort();
            assertFalse(FreePorts.isFree(busy));
            int chosen = FreePorts.pick(
                    attempt -> attempt == 0 ? busy : ThreadLocalRandom.current().nextInt(FreePorts.LOWEST, 30_000));
            assertNotEquals(busy, chosen, "the port in use was handed out");
        }
    }

    @Test
    void aPortHandedOutOnceIsNotHandedOutAgainEvenWhileStillUnbound() {
        int first = FreePorts.pick();
        int second = FreePorts.pick(attempt -> attempt == 0 ? first : first + 1 + attempt);
        assertNotEquals(first, second);
        assertTrue(FreePorts.isFree(first), "the first port is still unbound, so only the record can refuse it");
    }

    @Test
    void readsTheRangesStartAndFallsBackToLinuxsDefault() throws Exception {
        Path range = dir.resolve("ip_local_port_range");
        Files.writeString(range, "40000\t60999\n");
        assertEquals(40000, FreePorts.ephemeralStart(range));
        Files.writeString(range, "1024 65535\n");
        assertEquals(32768, FreePorts.ephemeralStart(range), "no room below the range: fall back");
        Files.writeString(range, "garbage");
        assertEquals(32768, FreePorts.ephemeralStart(range));
        assertEquals(32768, FreePorts.ephemeralStart(dir.resolve("absent")));
    }
}
