package org.entente.cli.up;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's PostgreSQL keeps what it acknowledged (durable settings, data across restarts
 * and crashes), listens on the loopback interface only, and reports a crash so it can be restarted.
 */
class LocalPostgresTest {

    @TempDir
    Path dir;

    @Test
    void commitsAreDurableAndSurviveARestart() throws Exception {
        int port = freePort();
        Path data = dir.resolve("data");
        try (LocalPostgres postgres = start(data, port);
                Connection c = DriverManager.getConnection(postgres.jdbcUrl("actors"));
                Statement s = c.createStatement()) {
            assertEquals("on", value(s, "SHOW fsync"), "the embedded server's default is off");
            assertEquals("on", value(s, "SHOW synchronous_commit"), "the embedded server's default is off");
            assertEquals("on", value(s, "SHOW full_page_writes"));
            s.execute("CREATE TABLE kept (note text)");
            s.execute("INSERT INTO kept VALUES ('acknowledged')");
        }
        try (LocalPostgres postgres = start(data, port);
                Connection c = DriverManager.getConnection(postgres.jdbcUrl("actors"));
                Statement s = c.createStatement()) {
            assertEquals("acknowledged", value(s, "SELECT note FROM kept"));
            assertTrue(postgres.jdbcUrl("events").contains("/events"));
        }
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() throws Exception {
        try (LocalPostgres postgres = start(dir.resolve("data"), freePort());
                Connection c = DriverManager.getConnection(postgres.jdbcUrl("actors"));
                Statement s = c.createStatement()) {
            assertEquals("127.0.0.1", value(s, "SHOW listen_addresses"));
            assertTrue(
                    postgres.jdbcUrl("actors").startsWith("jdbc:postgresql://127.0.0.1:"), postgres.jdbcUrl("actors"));
        }
    }

    @Test
    void aKilledServerIsReportedAndRestartsWithItsData() throws Exception {
        try (LocalPostgres postgres = start(dir.resolve("data"), freePort())) {
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("events"));
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (note text)");
                s.execute("INSERT INTO kept VALUES ('before the crash')");
            }
            assertTrue(postgres.unexpectedExit().isEmpty(), "running");
            long killed = postgres.pid();
            ProcessHandle server = ProcessHandle.of(killed).orElseThrow();
            server.destroyForcibly();
            server.onExit().get(30, TimeUnit.SECONDS);

            assertEquals(
                    "pid " + killed, postgres.unexpectedExit().orElseThrow().split(",")[0]);
            assertTrue(postgres.restart());
            assertTrue(postgres.unexpectedExit().isEmpty(), "running again");
            assertNotEquals(killed, postgres.pid());
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("events"));
                    Statement s = c.createStatement()) {
                assertEquals("before the crash", value(s, "SELECT note FROM kept"));
            }
        }
    }

    @Test
    void aServerAskedToStopIsNeitherReportedNorRestarted() throws Exception {
        LocalPostgres postgres = start(dir.resolve("data"), freePort());
        long pid = postgres.pid();
        postgres.close();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());

        assertTrue(postgres.unexpectedExit().isEmpty());
        assertFalse(postgres.restart());
        assertTrue(
                ProcessHandle.of(pid).isEmpty() || !ProcessHandle.of(pid).get().isAlive());
    }

    private LocalPostgres start(Path data, int port) throws Exception {
        return LocalPostgres.start(data, port, List.of("actors", "events"), dir.resolve("logs/postgres.log"));
    }

    private static int freePort() {
        return FreePorts.pick();
    }

    private static String value(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
