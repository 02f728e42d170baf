package org.entente.cli.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.entente.cli.up.LocalStack;
import org.entente.cli.up.StackSettings;

/**
 * Starts a private stack for benchmarks (its own PostgreSQL data directory and ports, so it never
 * touches the stack of {@code ./entente up}) and keeps it running until the process is stopped.
 * Arguments: HOME POSTGRES_PORT ACTORS_PORT EVENTS_PORT GATEWAY_PORT [GATEWAY_MANAGEMENT_PORT]; the
 * gateway's health and metrics are on its management port (on 127.0.0.1; a free one when not given),
 * printed as {@code METRICS <url>} before {@code READY <gateway url>}.
 */
public final class BenchStack {
    private BenchStack() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 5 && args.length != 6) {
            System.err.println(
                    "usage: BenchStack HOME POSTGRES_PORT ACTORS_PORT EVENTS_PORT GATEWAY_PORT [GATEWAY_MANAGEMENT_PORT]");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("entente.root", "."))
                .toAbsolutePath()
                .normalize();
        StackSettings defaults = StackSettings.defaults(root);
        StackSettings settings = new StackSettings(
                root,
                Path.of(args[0]).toAbsolutePath(),
                Integer.parseInt(args[1]),
                Integer.parseInt(args[2]),
                Integer.parseInt(args[3]),
                Integer.parseInt(args[4]),
                args.length == 6 ? Integer.parseInt(args[5]) : StackSettings.ANY_PORT,
                defaults.jvmOptions(),
                Map.of());
        LocalStack stack = new LocalStack(settings, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stack.close();
                            stopped.countDown();
                        },
                        "bench-stack-shutdown"));
        stack.start(step -> System.out.println("  starting " + step));
        System.out.println("METRICS " + stack.settings().gatewayMetricsUrl());
        System.out.println("READY " + settings.gatewayUrl());
        stopped.await();
    }
}
