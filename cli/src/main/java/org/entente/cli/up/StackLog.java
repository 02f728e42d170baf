package org.entente.cli.up;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * What happens to a running stack (exits, restarts): on the console, where the user watches
 * {@code up}, and appended to {@code logs/up.log}, which outlives the terminal.
 */
public final class StackLog {
    private static final DateTimeFormatter CONSOLE_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Path file;
    private final PrintStream console;
    private boolean fileFailed;

    public StackLog(Path file, PrintStream console) {
        this.file = file;
        this.console = console;
    }

    public Path file() {
        return file;
    }

    public synchronized void event(String message) {
        console.println("  [" + LocalTime.now().format(CONSOLE_TIME) + "] " + message);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + message + "\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            if (!fileFailed) {
                fileFailed = true;
                console.println("  (cannot write " + file + ": " + e.getMessage() + "; events go to the console only)");
            }
        }
    }
}
