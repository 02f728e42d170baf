package org.entente.gateway.composition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Runs tools/composition/check.sh (the independent composer); skips the calling test when it cannot run. */
public final class IndependentComposer {

    private IndependentComposer() {}

    public static String compose(List<SubgraphSource> sources) throws IOException, InterruptedException {
        Path script = Path.of("..", "tools", "composition", "check.sh")
                .toAbsolutePath()
                .normalize();
        Assumptions.assumeTrue(Files.isExecutable(script), "independent composer not found at " + script);
        List<String> command = new ArrayList<>(List.of(script.toString()));
        Path dir = Files.createTempDirectory("compose");
        try {
            for (SubgraphSource source : sources) {
                Path file = dir.resolve(source.name() + ".graphql");
                Files.writeString(file, source.sdl());
                command.add(source.name() + "=" + source.url() + "=" + file);
            }
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] stdout = process.getInputStream().readAllBytes();
            String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            Assumptions.assumeTrue(process.waitFor(240, TimeUnit.SECONDS), "independent composer timed out");
            Assumptions.assumeTrue(process.exitValue() != 3, "independent composer unavailable: " + stderr.trim());
            if (process.exitValue() != 0) {
                throw new AssertionError("independent composer rejected the subgraphs: " + stderr);
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
