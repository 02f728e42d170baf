package org.entente.gateway.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output kept in a file and compared whole. With {@code -Dgolden.update=true}
 * the files are rewritten instead (review the diff before committing it).
 */
final class Golden {

    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private Golden() {}

    static void check(Path file, String actual) {
        String text = actual.endsWith("\n") ? actual : actual + "\n";
        if (UPDATE) {
            try {
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertTrue(Files.exists(file), () -> file + " is missing: run the tests with -Dgolden.update=true");
        assertEquals(FederationFixture.read(file), text, () -> "differs from " + file);
    }
}
