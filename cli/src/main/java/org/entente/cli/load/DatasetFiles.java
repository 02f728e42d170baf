package org.entente.cli.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files a load names: each FILE as given, each directory as its {@code *.yaml} files in name order. */
final class DatasetFiles {
    private DatasetFiles() {}

    static List<Path> expand(List<Path> arguments) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> inside = new ArrayList<>();
                try (DirectoryStream<Path> yaml = Files.newDirectoryStream(argument, "*.yaml")) {
                    yaml.forEach(inside::add);
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
}
