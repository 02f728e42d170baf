package org.entente.cli.up;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's PostgreSQL keeps what it acknowledged: durable settings, data across restarts. */
class LocalPostgresTest {

    @Test
    void commitsAreDurableAndSurviveARestart(@TempDir Path data) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (LocalPostgres postgres = LocalPostgres.start(data, port, List.of("actors", "events"));
                Connection c = DriverManager.getConnection(postgres.jdbcUrl("actors"));
                Statement s = c.createStatement()) {
            assertEquals("on", value(s, "SHOW fsync"), "the embedded server's default is off");
            assertEquals("on", value(s, "SHOW synchronous_commit"), "the embedded server's default is off");
            assertEquals("on", value(s, "SHOW full_page_writes"));
            s.execute("CREATE TABLE kept (note text)");
            s.execute("INSERT INTO kept VALUES ('acknowledged')");
        }
        try (LocalPostgres postgres = LocalPostgres.start(data, port, List.of("actors", "events"));
                Connection c = DriverManager.getConnection(postgres.jdbcUrl("actors"));
                Statement s = c.createStatement()) {
            assertEquals("acknowledged", value(s, "SELECT note FROM kept"));
            assertTrue(postgres.jdbcUrl("events").contains("/events"));
        }
    }

    private static String value(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
