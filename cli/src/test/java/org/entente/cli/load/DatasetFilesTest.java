package org.entente.cli.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void ftmFilesAreKnownByTheirNameOrTheirFirstCharacterAndADirectoryHoldsThemToo() throws IOException {
        Path data = Files.createDirectory(dir.resolve("ftm"));
        for (String name : List.of("b.jsonl", "a.ftm.json", "c.ijson", "d.json", "e.yaml")) {
            Files.writeString(data.resolve(name), "");
        }

        assertEquals(
                List.of(
                        data.resolve("a.ftm.json"),
                        data.resolve("b.jsonl"),
                        data.resolve("c.ijson"),
                        data.resolve("e.yaml")),
                DatasetFiles.expand(List.of(data)));
        assertTrue(DatasetFiles.isFtm(Path.of("x.FTM.JSON"), "actors: []"), "by its name");
        assertTrue(DatasetFiles.isFtm(Path.of("entities"), "\n  {\"id\": \"x\"}"), "by its first character");
        assertFalse(DatasetFiles.isFtm(Path.of("entities"), "actors:\n  - {handle: x}"));
        assertFalse(DatasetFiles.isFtm(Path.of("flow.yaml"), "{actors: []}"), "a YAML flow mapping stays YAML");
    }
}
