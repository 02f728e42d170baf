package org.entente.cli.up;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One of our Quarkus services, run as a child JVM with its output in a log file. The log is
 * emptied on the first start and appended to on later ones, so the output of a run that crashed
 * is still there after the restart.
 */
public final class ManagedService implements Supervised {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final Path jar;
    private final List<String> jvmOptions;
    private final Path log;
    private Process process;
    private boolean stopRequested;
    private Instant startedAt = Instant.now();

    public ManagedService(ServiceSpec spec, Path jar, List<String> jvmOptions, Path logDirectory) {
        this.spec = spec;
        this.jar = jar;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.log = logDirectory.resolve(spec.name() + ".log");
    }

    @Override
    public String name() {
        return spec.name();
    }

    public ServiceSpec spec() {
        return spec;
    }

    public int port() {
        return spec.port();
    }

    public String baseUrl() {
        return spec.baseUrl();
    }

    /** Where its health and metrics are served (the gateway: its management interface). */
    public String managementUrl() {
        return spec.managementUrl();
    }

    /** Its Prometheus metrics. */
    public String metricsUrl() {
        return spec.metricsUrl();
    }

    public Path log() {
        return log;
    }

    /** The process id of the current run; for tests that kill it. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name() + " was never started");
        }
        return process.pid();
    }

    public synchronized void start() throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(name() + " is not built: " + jar + " is missing (run: mvn -B package -DskipTests)");
        }
        Files.createDirectories(log.getParent());
        ProcessBuilder.Redirect output;
        if (process == null) {
            output = ProcessBuilder.Redirect.to(log.toFile());
        } else {
            Files.writeString(
                    log,
                    "\n--- " + name() + " started again at " + Instant.now() + " ---\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            output = ProcessBuilder.Redirect.appendTo(log.toFile());
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
        builder.environment().putAll(spec.environment());
        process = builder.start();
        stopRequested = false;
        startedAt = Instant.now();
    }

    /**
     * Waits until its readiness check ({@code /q/health/ready} under {@link #managementUrl()})
     * answers 200, failing early if the process dies.
     */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> exit = exit();
            if (exit.isPresent()) {
                throw new IOException(
                        name() + " stopped (" + exit.get() + "); last lines of " + log + ":\n" + tail(30));
            }
            if (ready()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IOException(name() + " was not ready within " + timeout.toSeconds() + " s; last lines of " + log
                + ":\n" + tail(30));
    }

    @Override
    public boolean ready() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(spec.readinessUrl()))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public synchronized Optional<String> unexpectedExit() {
        return stopRequested ? Optional.empty() : exit();
    }

    @Override
    public synchronized Instant startedAt() {
        return startedAt;
    }

    @Override
    public synchronized boolean restart() throws IOException {
        if (stopRequested) {
            return false;
        }
        start();
        return true;
    }

    /** Asks the service to stop (SIGTERM, Quarkus shuts down gracefully), then forces it. */
    public void stop() throws InterruptedException {
        Process running;
        synchronized (this) {
            stopRequested = true;
            running = process;
        }
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroy();
        if (!running.waitFor(15, TimeUnit.SECONDS)) {
            running.destroyForcibly();
            running.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** How the current run ended (a signal shows as 128 + its number, e.g. 137 for SIGKILL); empty while it runs. */
    private synchronized Optional<String> exit() {
        if (process == null || process.isAlive()) {
            return Optional.empty();
        }
        return Optional.of("code " + process.exitValue());
    }

    private String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
