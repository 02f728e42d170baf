package org.entente.cli.up;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor's decisions, driven one check at a time with a given clock. */
class SupervisorTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path logs;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private Supervisor supervisor;
    private FakeProcess actors;
    private FakeProcess gateway;

    @BeforeEach
    void watchTwoProcesses() {
        supervisor = new Supervisor(
                new StackLog(logs.resolve("up.log"), new PrintStream(console, true, StandardCharsets.UTF_8)));
        actors = new FakeProcess("actors-service", T0);
        gateway = new FakeProcess("gateway", T0);
        supervisor.watch(actors);
        supervisor.watch(gateway);
    }

    @Test
    void aCrashedProcessIsRestartedAfterItsBackoffWhileTheOthersAreLeftAlone() throws Exception {
        Instant crash = T0.plusSeconds(10);
        actors.exit = Optional.of("code 137");
        supervisor.check(crash);
        assertEquals(List.of("actors-service exited (code 137); restarting in 1 s (attempt 1)"), events());

        supervisor.check(crash.plusMillis(999));
        assertEquals(0, actors.restarts, "still within its back-off");
        supervisor.check(crash.plusSeconds(1));
        assertEquals(1, actors.restarts);
        supervisor.check(crash.plusSeconds(2));
        assertEquals(1, actors.restarts, "restarted once, and not ready yet");

        actors.ready = true;
        supervisor.check(crash.plusSeconds(3));
        assertEquals("actors-service is serving again (restart 1)", events().get(1));
        assertEquals(0, gateway.restarts);
        assertEquals(2, events().size());
    }

    @Test
    void crashesInARowWaitLongerEachTime() throws Exception {
        Instant now = T0.plusSeconds(10);
        for (int i = 0; i < 3; i++) {
            actors.exit = Optional.of("code 1");
            supervisor.check(now);
            now = now.plusSeconds(5);
            supervisor.check(now);
        }
        assertEquals(
                List.of(
                        "actors-service exited (code 1); restarting in 1 s (attempt 1)",
                        "actors-service exited (code 1); restarting in 2 s (attempt 2)",
                        "actors-service exited (code 1); restarting in 4 s (attempt 3)"),
                events());
        assertEquals(3, actors.restarts);
    }

    @Test
    void aStartThatFailsIsTriedAgainLater() throws Exception {
        actors.exit = Optional.of("code 1");
        supervisor.check(T0.plusSeconds(10));
        actors.failNext = new IOException("jar missing");
        supervisor.check(T0.plusSeconds(11));
        assertEquals("actors-service did not start (jar missing); restarting in 2 s (attempt 2)", events().get(1));
        supervisor.check(T0.plusSeconds(13));
        assertEquals(1, actors.restarts);
    }

    @Test
    void aProcessAskedToStopDuringItsBackoffStaysStopped() throws Exception {
        actors.exit = Optional.of("code 137");
        supervisor.check(T0.plusSeconds(10));
        actors.stopRequested = true;
        actors.exit = Optional.empty();
        supervisor.check(T0.plusSeconds(11));
        supervisor.check(T0.plusSeconds(60));
        assertEquals(0, actors.restarts);
        assertEquals(1, events().size(), events().toString());
    }

    @Test
    void nothingIsRestartedOnceClosed() throws Exception {
        supervisor.close();
        actors.exit = Optional.of("code 130");
        supervisor.check(T0.plusSeconds(10));
        supervisor.check(T0.plusSeconds(60));
        assertEquals(0, actors.restarts);
        assertEquals(List.of(), events());
    }

    @Test
    void eventsGoToTheConsoleAndToUpLog() throws Exception {
        gateway.exit = Optional.of("code 137");
        supervisor.check(T0.plusSeconds(10));
        String line = "gateway exited (code 137); restarting in 1 s (attempt 1)";
        assertTrue(console.toString(StandardCharsets.UTF_8).contains(line), console.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(line), events());
    }

    /** The messages of up.log, without their time stamps. */
    private List<String> events() throws IOException {
        Path file = logs.resolve("up.log");
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream()
                .map(l -> l.substring(l.indexOf(' ') + 1))
                .toList();
    }

    /** A process that does what the test says. */
    private static final class FakeProcess implements Supervised {
        private final String name;
        private final Instant startedAt;
        Optional<String> exit = Optional.empty();
        boolean ready;
        boolean stopRequested;
        IOException failNext;
        int restarts;

        FakeProcess(String name, Instant startedAt) {
            this.name = name;
            this.startedAt = startedAt;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Optional<String> unexpectedExit() {
            return exit;
        }

        @Override
        public Instant startedAt() {
            return startedAt;
        }

        @Override
        public boolean restart() throws IOException {
            if (stopRequested) {
                return false;
            }
            if (failNext != null) {
                IOException failure = failNext;
                failNext = null;
                throw failure;
            }
            restarts++;
            exit = Optional.empty();
            ready = false;
            return true;
        }

        @Override
        public boolean ready() {
            return ready;
        }
    }
}
