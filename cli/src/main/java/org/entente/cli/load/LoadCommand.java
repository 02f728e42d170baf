package org.entente.cli.load;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.entente.cli.GatewayOption;
import org.entente.cli.HelpOption;
import org.entente.cli.auth.DevKeys;
import org.entente.cli.auth.EditorToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./entente load FILE...}: validate every file first, then write them through the gateway in order. */
@Command(
        name = "load",
        description = {
            "Validates dataset files, then writes them through the gateway, in the order given.",
            "Every file is checked first: problems are reported as FILE:LINE: message and nothing is written."
                    + " An actor that already exists (same handle, same Wikidata id, or exactly one existing actor"
                    + " with one of its names or aliases, ignoring case and accents) is linked to, not created again;"
                    + " a name shared with several existing actors is a problem. A file may name the actors of the files"
                    + " before it. Loading the same files again changes nothing.",
            "FollowTheMoney entities (one JSON object a line, as `export --format ftm` writes them) are loaded too:"
                    + " files named *.ftm.json, *.jsonl or *.ijson, and any other file that starts with '{'."
                    + " Person, Organization, PublicBody, Company, LegalEntity, Membership, Occupancy with its Position,"
                    + " and Event are imported; their actors are linked by Wikidata id or name, never by a handle."
                    + " An entity that cannot be loaded (malformed line, other schema, unknown reference) is reported"
                    + " at its line and skipped with the entities that refer to it; the rest is written (exit code 1)."
                    + " See docs/EXPORT.md."
        })
public final class LoadCommand implements Callable<Integer> {
    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Dataset files (YAML, or FollowTheMoney JSON lines) or directories (their *.yaml, *.ftm.json,"
                    + " *.jsonl and *.ijson files, in name order), e.g. data/iran-csto.yaml or data.")
    List<Path> files;

    @Mixin
    GatewayOption gateway;

    @Option(
            names = "--token",
            paramLabel = "JWT",
            description =
                    "Editor token (default: $ENTENTE_TOKEN, else one signed with the local dev key in .entente/keys).")
    String token;

    @Mixin
    HelpOption help;

    private final Path root;

    public LoadCommand(Path root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        try {
            String editorToken = token != null ? token : System.getenv("ENTENTE_TOKEN");
            return load(files, gateway.url(), editorToken != null ? editorToken : devToken());
        } catch (IOException e) {
            System.err.println("entente load: " + e.getMessage());
            return 1;
        }
    }

    /** Returns 0 when the file is valid and written, 1 otherwise (with the reasons printed). */
    public int load(Path file, String gateway, String token) {
        return load(List.of(file), gateway, token);
    }

    /**
     * Returns 0 when every file is valid and written, 1 otherwise (with the reasons printed): a
     * problem of a YAML file stops the run before anything is written; an FtM entity that cannot be
     * loaded is skipped, with its line, and the rest is written.
     */
    public int load(List<Path> arguments, String gateway, String token) {
        String name = "";
        try {
            List<Path> paths = DatasetFiles.expand(arguments);
            List<Dataset> datasets = new ArrayList<>();
            Set<String> handles = new HashSet<>();
            FtmMapper ftm = new FtmMapper(Vocabulary.published());
            int problems = 0;
            int skipped = 0;
            for (Path file : paths) {
                name = file.toString();
                String text = Files.readString(file);
                Dataset dataset;
                if (DatasetFiles.isFtm(file, text)) {
                    FtmReader.Result read = FtmReader.read(text);
                    ftm.reserve(handles);
                    FtmMapper.Mapped mapped =
                            ftm.map(read.entities(), file.getFileName().toString(), text);
                    List<DatasetProblem> lines = new ArrayList<>(read.problems());
                    lines.addAll(mapped.skipped());
                    lines.sort(null);
                    skipped += print(name, lines);
                    mapped.notes().forEach(n -> System.out.println(file + ":" + n.line() + ": note: " + n.message()));
                    dataset = mapped.dataset();
                    // what the mapping made must pass the YAML files' rules; if not, that is a bug here
                    problems += print(
                            name, DatasetValidator.validate(dataset, Vocabulary.published(), Set.copyOf(handles)));
                } else {
                    DatasetParser.Result parsed = DatasetParser.parse(text);
                    List<DatasetProblem> found = parsed.problems().isEmpty()
                            ? DatasetValidator.validate(parsed.dataset(), Vocabulary.published(), Set.copyOf(handles))
                            : parsed.problems();
                    problems += print(name, found);
                    dataset = parsed.dataset();
                }
                if (dataset != null) {
                    datasets.add(dataset);
                    dataset.actors().forEach(a -> handles.add(a.handle()));
                }
            }
            if (problems > 0) {
                return nothingWritten(problems);
            }
            name = "";
            GraphQlClient client = new GraphQlClient(gateway, token);
            ActorResolver.Resolution resolution = new ActorResolver(client).resolve(datasets);
            for (int i = 0; i < paths.size(); i++) {
                List<DatasetProblem> found = resolution.problems().get(i);
                if (datasets.get(i).handlesGenerated()) {
                    DatasetPruning.Pruned pruned =
                            DatasetPruning.without(datasets.get(i), handlesAt(datasets.get(i), found));
                    List<DatasetProblem> lines = new ArrayList<>(found);
                    lines.addAll(pruned.skipped());
                    lines.sort(null);
                    skipped += print(paths.get(i).toString(), lines);
                    datasets.set(i, pruned.dataset());
                } else {
                    problems += print(paths.get(i).toString(), found);
                }
            }
            if (problems > 0) {
                return nothingWritten(problems);
            }
            DatasetLoader loader = new DatasetLoader(client);
            for (int i = 0; i < paths.size(); i++) {
                name = paths.get(i).toString();
                DatasetLoader.Summary summary =
                        loader.load(datasets.get(i), resolution.links().get(i));
                skipped += print(name, summary.refused());
                System.out.println("loaded " + name + ": " + summary);
                System.out.println("  actors created: " + listed(summary.created()));
                System.out.println("  actors linked to existing ones: " + listed(summary.linked()));
                if (!summary.alreadyRecorded().isEmpty()) {
                    System.out.println("  memberships already recorded with other dates, not added: "
                            + listed(summary.alreadyRecorded()));
                }
            }
            if (skipped > 0) {
                System.err.println(skipped + " entit(ies) or record(s) not loaded (see above); the rest is written.");
                return 1;
            }
            return 0;
        } catch (NoSuchFileException e) {
            System.err.println("entente load: no such file " + e.getFile());
        } catch (CharacterCodingException e) {
            System.err.println("entente load: " + name + ": not UTF-8 text");
        } catch (ConnectException e) {
            System.err.println(
                    "entente load: cannot reach the gateway at " + gateway + " (is `./entente up` running?)");
        } catch (IOException e) {
            System.err.println("entente load: " + (name.isEmpty() ? "" : name + ": ") + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 1;
    }

    /** The handles of the actors at the lines of these problems. */
    private static Set<String> handlesAt(Dataset d, List<DatasetProblem> problems) {
        Set<Integer> lines = new HashSet<>();
        problems.forEach(p -> lines.add(p.line()));
        Set<String> handles = new HashSet<>();
        d.actors().stream().filter(a -> lines.contains(a.line())).forEach(a -> handles.add(a.handle()));
        return handles;
    }

    private static String listed(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }

    private static int print(String file, List<DatasetProblem> problems) {
        problems.forEach(p -> System.err.println(p.describe(file)));
        return problems.size();
    }

    private static int nothingWritten(int problems) {
        System.err.println(problems + " problem(s); nothing was written.");
        return 1;
    }

    private String devToken() throws IOException {
        DevKeys keys = DevKeys.inProject(root);
        if (!keys.exist()) {
            throw new IOException(
                    "no editor token: pass --token, set ENTENTE_TOKEN, or run `./entente up` once to create the local dev key");
        }
        return EditorToken.sign(keys.privateKey(), Duration.ofHours(1));
    }
}
