package org.entente.cli;

import picocli.CommandLine.Option;

/**
 * The help option of every command, mixed in one by one: inheriting it from the root would
 * clash with picocli's {@code help} command, which has its own.
 */
public final class HelpOption {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean requested;
}
