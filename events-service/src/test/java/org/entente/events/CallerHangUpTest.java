package org.entente.events;

import static org.entente.events.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * A caller that hangs up while its operation waits in PostgreSQL must not stall anybody else.
 * Quarkus ends a request's CDI context when its connection closes, on the connection's event loop;
 * ending it closes the request's Hibernate session, and closing the running statement makes the
 * PostgreSQL driver cancel it over a new connection, waited on for up to ten seconds. Every other
 * connection of that event loop waited as long (bench/README.md, Results O). Here the event table
 * is locked, one caller's read waits for the lock, PostgreSQL's postmaster is stopped (so a new
 * connection, like the driver's cancel, gets no answer, as on a machine too loaded to fork) and
 * the caller hangs up; fresh connections, enough to land on every event loop, must each be
 * answered within 2 s; once the postmaster runs again the abandoned read is cancelled, and its
 * turn comes back.
 *
 * <p>Raw sockets: a hang-up is a closed connection, and each request must come on a connection
 * of its own to reach every event loop (Vert.x hands new connections to its loops in turn).
 */
@QuarkusTest
@TestProfile(ExecutionAdmissionTest.ThreeAtOnce.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class CallerHangUpTest {
    /** More than the service's event loops (two per core), so that one request lands on each. */
    private static final int FRESH_CONNECTIONS = 4 * Runtime.getRuntime().availableProcessors() + 2;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    DataSource database;

    @Test
    void aCallerHangingUpOnARunningStatementStallsNoOtherConnection() throws Exception {
        long event = event("Hang-up " + uniqueWord(), "2013-04-05", "");
        String read = "{\"query\":\"{ event(id: " + event + ") { id title } }\"}";
        String cheap = "{\"query\":\"{ __typename }\"}";

        try (Connection lock = database.getConnection();
                Connection watch = database.getConnection();
                Statement sql = watch.createStatement()) {
            lock.setAutoCommit(false);
            try (Statement locking = lock.createStatement()) {
                locking.execute("LOCK TABLE event IN ACCESS EXCLUSIVE MODE");
            }
            long postmaster;
            try (Socket caller = new Socket(graphql.getHost(), graphql.getPort())) {
                send(caller, read);
                assertEquals(1, LockWaits.settledAt(sql, 1), "the caller's read waits for the lock");
                postmaster = parentOf(LockWaits.waitingBackend(sql));
                signal("STOP", postmaster);
            }
            List<String> stalled = new ArrayList<>();
            try {
                Thread.sleep(300);
                for (int i = 0; i < FRESH_CONNECTIONS; i++) {
                    try (Socket other = new Socket(graphql.getHost(), graphql.getPort())) {
                        other.setSoTimeout(2_000);
                        send(other, cheap);
                        String answer = readResponse(other);
                        assertTrue(answer.contains("\"__typename\":\"Query\""), answer);
                    } catch (SocketTimeoutException e) {
                        stalled.add("connection " + i);
                    }
                }
            } finally {
                signal("CONT", postmaster);
            }
            assertEquals(List.of(), stalled, "connections not answered within 2 s after the hang-up");
            assertEquals(0, LockWaits.settledAt(sql, 0), "the abandoned read was cancelled, the lock still held");
            lock.rollback();
        }

        // Every turn came back: with the table locked again, three reads wait in PostgreSQL at once
        // (two if the abandoned operation had kept its turn).
        try (Connection lock = database.getConnection();
                Connection watch = database.getConnection();
                Statement sql = watch.createStatement()) {
            lock.setAutoCommit(false);
            try (Statement locking = lock.createStatement()) {
                locking.execute("LOCK TABLE event IN ACCESS EXCLUSIVE MODE");
            }
            List<Socket> readers = new ArrayList<>();
            try {
                for (int i = 0; i < ExecutionAdmissionTest.AT_ONCE; i++) {
                    Socket reader = new Socket(graphql.getHost(), graphql.getPort());
                    readers.add(reader);
                    send(reader, read);
                }
                assertEquals(
                        ExecutionAdmissionTest.AT_ONCE,
                        LockWaits.settledAt(sql, ExecutionAdmissionTest.AT_ONCE),
                        "reads waiting in PostgreSQL");
                lock.rollback();
                for (Socket reader : readers) {
                    reader.setSoTimeout(10_000);
                    assertTrue(readResponse(reader).contains("\"id\":\"" + event + "\""));
                }
            } finally {
                for (Socket reader : readers) {
                    reader.close();
                }
            }
        }
    }

    /** The parent process of a PostgreSQL backend: the postmaster (Linux's /proc). */
    private static long parentOf(long backend) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + backend + "/stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
                .inheritIO()
                .start();
        assertEquals(0, kill.waitFor(), "kill -" + signal + " " + pid);
    }

    private void send(Socket socket, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + graphql.getPath() + " HTTP/1.1\r\n"
                + "Host: " + graphql.getHost() + ":" + graphql.getPort() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Accept: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    /** The whole response (head and body) once its body, of the length it announces, has come. */
    private static String readResponse(Socket socket) throws Exception {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            int n = in.read(buffer);
            if (n < 0) {
                return received.toString(StandardCharsets.UTF_8);
            }
            received.write(buffer, 0, n);
            String text = received.toString(StandardCharsets.UTF_8);
            int headEnd = text.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                String head = text.substring(0, headEnd).toLowerCase();
                int length = head.indexOf("content-length:");
                if (length >= 0) {
                    int end = head.indexOf("\r\n", length);
                    int expected = Integer.parseInt(head.substring(length + 15, end < 0 ? head.length() : end)
                            .trim());
                    if (received.size() - (headEnd + 4) >= expected) {
                        return text;
                    }
                }
            }
        }
    }
}
