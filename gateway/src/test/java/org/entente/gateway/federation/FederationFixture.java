package org.entente.gateway.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.gateway.composition.SubgraphSource;
import org.junit.jupiter.api.Assumptions;

/**
 * One fixture supergraph under {@code src/test/resources/federation/<name>/}: the subgraphs'
 * SDL and data ({@code subgraphs/<subgraph>.graphql}, {@code .json}), the supergraph the
 * independent composer made of them ({@code supergraph.graphql}, committed) and the federated
 * query cases ({@code cases/<case>.graphql}) with their golden plans ({@code .plan}) and answers
 * ({@code .json}). Where our {@link org.entente.gateway.composition.Composer} cannot yet compose the
 * subgraphs as the independent composer does, {@code composer-differs.txt} says how; the checks
 * on our composer's supergraph are then skipped with that text.
 */
record FederationFixture(String name, Path dir) {

    static final Path ROOT = Path.of("src", "test", "resources", "federation");

    /** Every fixture, by name. */
    static List<FederationFixture> all() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory)
                    .sorted()
                    .map(d -> new FederationFixture(d.getFileName().toString(), d))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The subgraphs in name order, each at a placeholder URL the tests replace. */
    List<SubgraphSource> sources() {
        List<SubgraphSource> sources = new ArrayList<>();
        for (Path sdl : files(dir.resolve("subgraphs"), ".graphql")) {
            String subgraph = baseName(sdl, ".graphql");
            sources.add(new SubgraphSource(subgraph, "http://" + subgraph + ".fixture/graphql", read(sdl)));
        }
        return sources;
    }

    String data(String subgraph) {
        return read(dir.resolve("subgraphs").resolve(subgraph + ".json"));
    }

    Path supergraphFile() {
        return dir.resolve("supergraph.graphql");
    }

    void skipIfOurComposerDiffers() {
        Path differs = dir.resolve("composer-differs.txt");
        Assumptions.assumeFalse(
                Files.exists(differs),
                () -> "our composer differs: " + read(differs).trim());
    }

    List<FederationCase> cases() {
        List<FederationCase> cases = new ArrayList<>();
        for (Path file : files(dir.resolve("cases"), ".graphql")) {
            cases.add(FederationCase.read(this, baseName(file, ".graphql"), file));
        }
        return cases;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseName(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }
}
