package org.entente.cli.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The files a load names: each FILE as given, each directory as its dataset files ({@code *.yaml})
 * and FollowTheMoney files ({@code *.ftm.json}, {@code *.jsonl}, {@code *.ijson}) in name order.
 */
final class DatasetFiles {
    /** The names `./entente export --format ftm` and FtM's own tools give JSON lines of entities. */
    static final List<String> FTM_EXTENSIONS = List.of(".ftm.json", ".jsonl", ".ijson");

    private DatasetFiles() {}

    static List<Path> expand(List<Path> arguments) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> inside = new ArrayList<>();
                try (DirectoryStream<Path> data = Files.newDirectoryStream(argument, "*.{yaml,ftm.json,jsonl,ijson}")) {
                    data.forEach(inside::add);
                }
                inside.removeIf(p -> !Files.isRegularFile(p));
                inside.sort(null);
                files.addAll(inside);
            } else if (Files.isRegularFile(argument)) {
                files.add(argument);
            } else {
                throw new NoSuchFileException(argument.toString());
            }
        }
        return files;
    }

    /**
     * Whether a file holds FollowTheMoney entities rather than a YAML dataset: by its extension, and
     * for any other name (a YAML file is no JSON object) by its first character, '{'.
     */
    static boolean isFtm(Path file, String content) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (FTM_EXTENSIONS.stream().anyMatch(name::endsWith)) {
            return true;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return false;
        }
        return content.stripLeading().startsWith("{");
    }
}
