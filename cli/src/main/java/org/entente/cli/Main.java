package org.entente.cli;

import java.nio.file.Path;

/** Entry point of {@code ./entente} once the project is built. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("entente.root", "."))
                .toAbsolutePath()
                .normalize();
        System.exit(Entente.commandLine(root).execute(args));
    }
}
