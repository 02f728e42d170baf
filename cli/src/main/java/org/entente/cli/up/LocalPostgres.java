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
import java.util.List;

/**
 * A PostgreSQL server from embedded binaries whose data directory survives restarts, with
 * one database per service.
 */
public final class LocalPostgres implements AutoCloseable {
    static final String USER = "postgres";
    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static LocalPostgres start(Path dataDirectory, int port, List<String> databases) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // The embedded server is made for throwaway test databases: it starts with fsync and
                // synchronous_commit off, so a crash or power cut could lose acknowledged writes or
                // corrupt the data. This one keeps a user's data: a commit is on disk when it returns.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        LocalPostgres local = new LocalPostgres(postgres);
        try {
            local.createMissing(databases);
        } catch (SQLException e) {
            local.close();
            throw new IOException("cannot create the service databases: " + e.getMessage(), e);
        }
        return local;
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl(USER, database);
    }

    public int port() {
        return postgres.getPort();
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

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
