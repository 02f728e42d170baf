package org.entente.cli.up;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server from embedded binaries whose data directory survives restarts, with
 * one database per service. It listens on the IPv4 loopback interface only, and writes its
 * output to a log file.
 */
public final class LocalPostgres implements Supervised, AutoCloseable {
    static final String USER = "postgres";
    /** Long enough for crash recovery after the server was killed. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(1);

    private final Path dataDirectory;
    private final int port;
    private final Path log;
    private EmbeddedPostgres postgres;
    private ProcessHandle postmaster;
    private Instant startedAt;
    private boolean closed;

    private LocalPostgres(Path dataDirectory, int port, Path log) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.log = log;
    }

    public static LocalPostgres start(Path dataDirectory, int port, List<String> databases, Path log)
            throws IOException {
        Files.createDirectories(dataDirectory);
        Files.createDirectories(log.getParent());
        LocalPostgres local = new LocalPostgres(dataDirectory, port, log);
        local.startServer();
        try {
            local.createMissing(databases);
        } catch (SQLException e) {
            local.close();
            throw new IOException("cannot create the service databases: " + e.getMessage(), e);
        }
        return local;
    }

    private void startServer() throws IOException {
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                // The stack stops it itself, after the services that use it.
                .setRegisterShutdownHook(false)
                // Not reachable from other machines: only the local services use it.
                .setServerConfig("listen_addresses", ServiceSpecs.LOOPBACK)
                // The embedded server is made for throwaway test databases: it starts with fsync and
                // synchronous_commit off, so a crash or power cut could lose acknowledged writes or
                // corrupt the data. This one keeps a user's data: a commit is on disk when it returns.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        postmaster = ProcessHandle.of(postmasterPid())
                .orElseThrow(() -> new IOException("PostgreSQL stopped right after starting; see " + log));
        startedAt = Instant.now();
    }

    /** The first line of postmaster.pid: pg_ctl runs the server detached, so it is not our child. */
    private long postmasterPid() throws IOException {
        String first = Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .strip();
        return Long.parseLong(first);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + ServiceSpecs.LOOPBACK + ":" + port + "/" + database + "?user=" + USER;
    }

    public int port() {
        return port;
    }

    /** The server's process id; for tests that kill it. */
    public synchronized long pid() {
        return postmaster.pid();
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    /** The server is not our child, so its exit code is unknown: the message names the process instead. */
    @Override
    public synchronized Optional<String> unexpectedExit() {
        if (closed || postmaster.isAlive()) {
            return Optional.empty();
        }
        return Optional.of("pid " + postmaster.pid() + ", see " + log);
    }

    @Override
    public synchronized Instant startedAt() {
        return startedAt;
    }

    /**
     * Starts the server again on the same data directory; PostgreSQL replays its write-ahead log,
     * so every acknowledged commit is kept. The services' connection pools reconnect by themselves.
     */
    @Override
    public synchronized boolean restart() throws IOException {
        if (closed) {
            return false;
        }
        // Releases the data directory's lock; stopping the dead server only fails, quietly.
        postgres.close();
        startServer();
        return true;
    }

    /** Started by the time it was restarted: the embedded server waits until it accepts connections. */
    @Override
    public boolean ready() {
        return true;
    }

    private void createMissing(List<String> databases) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            for (String name : databases) {
                try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    exists.setString(1, name);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                try (Statement create = c.createStatement()) {
                    // The name comes from our own constant list, never from input.
                    create.execute("CREATE DATABASE \"" + name + "\"");
                }
            }
        }
    }

    /** Stops the server (a fast shutdown: open transactions roll back). Safe to call twice. */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        postgres.close();
    }
}
