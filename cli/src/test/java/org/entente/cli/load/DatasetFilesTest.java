package org.entente.cli.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFilesTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryIsItsYamlFilesInNameOrderAndFilesStayInTheOrderGiven() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        for (String name : List.of("b-second.yaml", "a-first.yaml", "notes.txt", "c.yml", "10-numbered.yaml")) {
            Files.writeString(data.resolve(name), "");
        }
        Files.createDirectory(data.resolve("sub.yaml"));
        Path extra = Files.writeString(dir.resolve("extra.yaml"), "");

        assertEquals(
                List.of(
                        extra,
                        data.resolve("10-numbered.yaml"),
                        data.resolve("a-first.yaml"),
                        data.resolve("b-second.yaml")),
                DatasetFiles.expand(List.of(extra, data)));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.yaml");
        assertEquals(
                missing.toString(),
                assertThrows(NoSuchFileException.class, () -> DatasetFiles.expand(List.of(missing)))
                        .getFile());
    }
}
