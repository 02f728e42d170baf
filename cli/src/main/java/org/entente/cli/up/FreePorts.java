package org.entente.cli.up;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntUnaryOperator;

/**
 * Picks free ports for services that bind them later, below the kernel's ephemeral range.
 *
 * <p>The port the system hands out for "any port" comes from the same range it takes local
 * ports of outgoing connections from. Between picking such a port and the service binding it,
 * seconds pass in which another service's database connection can take it, and the service
 * then stops with "port in use" (seen in CI). No outgoing connection takes a port below the
 * range, and a port handed out once by this process is not handed out again, so two services
 * of one stack never get the same one.
 */
public final class FreePorts {
    /** Below this lie the well-known and registered ports that services commonly listen on. */
    static final int LOWEST = 10_000;

    /** Linux's default range; macOS's (49152–65535) lies above its start as well. */
    private static final int DEFAULT_EPHEMERAL_START = 32_768;

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int ATTEMPTS = 200;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {}

    /** A port no socket of this machine is bound to, nor handed out before by this process. */
    public static int pick() {
        int end = ephemeralStart(EPHEMERAL_RANGE);
        return pick(attempt -> ThreadLocalRandom.current().nextInt(LOWEST, end));
    }

    /** As {@link #pick()}, trying the candidates {@code candidate.applyAsInt(attempt)} in turn. */
    static int pick(IntUnaryOperator candidate) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = candidate.applyAsInt(attempt);
            if (!HANDED_OUT.contains(port) && isFree(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new UncheckedIOException(new IOException(
                "no free port found in " + ATTEMPTS + " attempts between " + LOWEST + " and the ephemeral range"));
    }

    /**
     * The first port of the ephemeral range the kernel file {@code range} tells ("32768	60999"),
     * or Linux's default when it cannot be read or leaves too little room below it.
     */
    static int ephemeralStart(Path range) {
        try {
            int start = Integer.parseInt(Files.readString(range).trim().split("\\s+")[0]);
            return start > LOWEST + 1_000 ? start : DEFAULT_EPHEMERAL_START;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL_START;
        }
    }

    /**
     * Binds the port on every address without SO_REUSEADDR, so any socket using it (listening,
     * connected, or waiting to close) on any address makes it count as taken.
     */
    static boolean isFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(false);
            probe.bind(new InetSocketAddress(port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
