package org.entente.cli.up;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.entente.cli.HelpOption;
import org.entente.cli.load.LoadCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./entente up}: runs the whole system locally until Ctrl-C. */
@Command(
        name = "up",
        description = {
            "Builds what is missing, starts everything locally (gateway on 8080).",
            "Starts an embedded PostgreSQL (data kept in .entente/postgres), actors-service (8081), events-service (8082)"
                    + " and the gateway (8080), waits until all are healthy and prints the gateway's URLs. Only the gateway"
                    + " listens on every interface; the subgraphs, PostgreSQL and the gateway's health and metrics (its"
                    + " management interface, on a free port) listen on 127.0.0.1. On the first start it loads "
                    + UpCommand.FIRST_DATASET
                    + ". A process that exits by itself is restarted after a back-off (1 s, 2 s, 4 s … 30 s), logged in"
                    + " .entente/logs/up.log. Ctrl-C stops everything. Only one `up` runs at a time per project directory."
        })
public final class UpCommand implements Callable<Integer> {
    static final String FIRST_DATASET = "data/iran-csto.yaml";

    @Option(names = "--no-load", description = "Do not load " + FIRST_DATASET + " on the first start.")
    boolean noLoad;

    @Mixin
    HelpOption help;

    private final Path root;

    public UpCommand(Path root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        StackSettings settings = StackSettings.defaults(root);
        try {
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(settings.lockFile());
            if (lock.isEmpty()) {
                System.err.println("Entente is already running from this directory (process "
                        + InstanceLock.holder(settings.lockFile()) + "): the gateway is at " + settings.gatewayUrl()
                        + ". Stop it with Ctrl-C in its terminal before starting another.");
                return 1;
            }
            try (InstanceLock held = lock.get()) {
                String busy = busyPort(settings);
                if (busy != null) {
                    System.err.println("Cannot start: " + busy + " is already in use by another program.");
                    return 1;
                }
                return runStack(settings, !noLoad);
            }
        } catch (IOException e) {
            System.err.println("entente up: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private int runStack(StackSettings settings, boolean load) throws IOException, InterruptedException {
        LocalStack stack = new LocalStack(settings, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(
                () -> {
                    System.out.println("\nStopping Entente…");
                    stack.close();
                    stopped.countDown();
                },
                "entente-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            stack.start(step -> System.out.println("  starting " + step));
        } catch (IOException e) {
            System.err.println("entente up failed: " + e.getMessage());
            return 1; // the shutdown hook stops what did start
        }
        Path marker = settings.datasetMarker();
        if (load && !Files.exists(marker)) {
            System.out.println("  loading " + FIRST_DATASET + " through the gateway (first start)");
            int status =
                    new LoadCommand(root).load(root.resolve(FIRST_DATASET), settings.gatewayUrl(), stack.editorToken());
            if (status == 0) {
                Files.writeString(marker, FIRST_DATASET + "\n");
            } else {
                System.err.println("  the dataset did not load; the system runs without it (see above)");
            }
        }
        System.out.println(runningMessage(stack.settings()));
        // The supervisor keeps the stack running; this thread only waits for Ctrl-C (the shutdown hook).
        stopped.await();
        return 0;
    }

    /**
     * What {@code up} prints once everything serves: the gateway's addresses only, since the
     * subgraphs are not for clients (and not reachable from other machines); its health and
     * metrics are on its management interface (loopback, the port the stack chose).
     */
    static String runningMessage(StackSettings settings) {
        return """

                Entente is running.
                  Explorer           http://localhost:%d/
                  GraphQL (gateway)  %s
                  GraphiQL           http://localhost:%d/graphiql
                  health             %s
                  metrics            %s
                  logs               %s (up.log: exits and restarts)
                A service that exits by itself is restarted. Press Ctrl-C to stop.""".formatted(
                        settings.gatewayPort(),
                        settings.gatewayUrl(),
                        settings.gatewayPort(),
                        settings.gatewayHealthUrl(),
                        settings.gatewayMetricsUrl(),
                        settings.logs());
    }

    private static String busyPort(StackSettings s) {
        for (int port :
                new int[] {s.gatewayPort(), s.gatewayManagementPort(), s.actorsPort(), s.eventsPort(), s.postgresPort()
                }) {
            if (port == StackSettings.ANY_PORT) {
                continue; // chosen free when the stack is created
            }
            try (ServerSocket probe = new ServerSocket(port)) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                return "port " + port;
            }
        }
        return null;
    }
}
