package org.entente.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Answers a bad command line with one line saying what is wrong and where the usage is,
 * rather than picocli's default of the whole help text, which buries the error.
 */
final class UsageHint implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        PrintWriter err = command.getErr();
        err.println(name + ": " + reason(e));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("See '" + name + " --help'.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Picocli's message, except for a mistyped command, where "unmatched argument at index 0" would say little. */
    private static String reason(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched
                && !e.getCommandLine().getSubcommands().isEmpty()) {
            String first = unmatched.getUnmatched().isEmpty()
                    ? ""
                    : unmatched.getUnmatched().get(0);
            if (!first.startsWith("-")) {
                return "unknown command '" + first + "'";
            }
        }
        return e.getMessage();
    }
}
