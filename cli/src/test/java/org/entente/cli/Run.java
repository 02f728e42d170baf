package org.entente.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** One run of {@code ./entente} as a test sees it: its exit code and what it printed. */
public record Run(int exitCode, String out, String err) {

    public static Run of(Path root, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Entente.commandLine(root);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    public static Run of(String... args) {
        return of(Path.of("."), args);
    }
}
