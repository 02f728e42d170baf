package org.entente.cli.e2e;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * POSIX signals to processes of the stack, by pid: {@code KILL} (no chance to shut down), {@code
 * STOP} (hung: connections stay open, nothing is answered) and {@code CONT}. Java can send only
 * SIGKILL and SIGTERM itself.
 */
final class Signals {
    private Signals() {}

    static void send(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-s", signal, Long.toString(pid))
                .redirectErrorStream(true)
                .start();
        String output = new String(kill.getInputStream().readAllBytes());
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -s " + signal + " " + pid + " failed: " + output);
        }
    }

    /**
     * A process and all its descendants, parents first: PostgreSQL serves each connection from a
     * child of the server process, so stopping the server alone would stop nothing in progress.
     */
    static List<Long> withDescendants(long pid) {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        return Stream.concat(Stream.of(process), process.descendants())
                .map(ProcessHandle::pid)
                .toList();
    }
}
