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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.entente.subgraph.errors.ErrorCodes;
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
            LockWaits.lockEventTable(lock);
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

        assertAllTurnsFree(read, event);
    }

    /**
     * A caller that hangs up while its operation waits for a turn: the operation gives the turn
     * back unrun. Three reads hold the three turns, waiting for the lock; a fourth waits for a turn
     * and its caller hangs up; then the first read's caller hangs up too, its statement is
     * cancelled and its turn goes to the fourth, which must not run: two reads wait for the lock,
     * not three, and no error is logged (Quarkus ended the request's context at the hang-up, so an
     * operation run anyway fails as INTERNAL).
     */
    @Test
    void aCallerHangingUpWhileItsOperationWaitsForATurnLeavesItUnrun() throws Exception {
        long event = event("Hang-up in the queue " + uniqueWord(), "2014-05-06", "");
        String read = "{\"query\":\"{ event(id: " + event + ") { id title } }\"}";
        int atOnce = ExecutionAdmissionTest.AT_ONCE;
        List<String> failures = new CopyOnWriteArrayList<>();
        Handler errorLog = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    failures.add(record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger errors = Logger.getLogger(ErrorCodes.class.getName());
        errors.addHandler(errorLog);

        try (Connection lock = database.getConnection();
                Connection watch = database.getConnection();
                Statement sql = watch.createStatement()) {
            LockWaits.lockEventTable(lock);
            List<Socket> readers = new ArrayList<>();
            try {
                sendOnNewConnections(readers, atOnce, read);
                assertEquals(atOnce, LockWaits.settledAt(sql, atOnce), "reads holding every turn");
                try (Socket queued = new Socket(graphql.getHost(), graphql.getPort())) {
                    send(queued, read);
                    Thread.sleep(300);
                }
                readers.remove(0).close();
                Thread.sleep(1_000);
                assertEquals(atOnce - 1, LockWaits.now(sql), "reads waiting for the lock after both hang-ups");
                assertEquals(List.of(), failures, "errors of operations that ran for a caller already gone");
                lock.rollback();
                assertEachAnswers(readers, event);
            } finally {
                errors.removeHandler(errorLog);
                for (Socket reader : readers) {
                    reader.close();
                }
            }
        }
        assertAllTurnsFree(read, event);
    }

    /**
     * With the table locked, as many reads as there are turns wait in PostgreSQL at once (fewer if
     * an abandoned operation had kept its turn), and answer once the lock goes.
     */
    private void assertAllTurnsFree(String read, long event) throws Exception {
        try (Connection lock = database.getConnection();
                Connection watch = database.getConnection();
                Statement sql = watch.createStatement()) {
            LockWaits.lockEventTable(lock);
            List<Socket> readers = new ArrayList<>();
            try {
                sendOnNewConnections(readers, ExecutionAdmissionTest.AT_ONCE, read);
                assertEquals(
                        ExecutionAdmissionTest.AT_ONCE,
                        LockWaits.settledAt(sql, ExecutionAdmissionTest.AT_ONCE),
                        "reads waiting in PostgreSQL");
                lock.rollback();
                assertEachAnswers(readers, event);
            } finally {
                for (Socket reader : readers) {
                    reader.close();
                }
            }
        }
    }

    private void sendOnNewConnections(List<Socket> sockets, int count, String body) throws Exception {
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket(graphql.getHost(), graphql.getPort());
            sockets.add(socket);
            send(socket, body);
        }
    }

    private static void assertEachAnswers(List<Socket> readers, long event) throws Exception {
        for (Socket reader : readers) {
            reader.setSoTimeout(10_000);
            assertTrue(readResponse(reader).contains("\"id\":\"" + event + "\""));
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
