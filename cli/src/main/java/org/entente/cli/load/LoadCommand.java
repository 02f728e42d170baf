package org.entente.cli.load;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.cli.GatewayOption;
import org.entente.cli.HelpOption;
import org.entente.cli.auth.DevKeys;
import org.entente.cli.auth.EditorToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./entente load FILE}: validate the whole file first, then write it through the gateway. */
@Command(
        name = "load",
        description = {
            "Validates a dataset file, then writes it through the gateway.",
            "The whole file is checked first: problems are reported as FILE:LINE: message and nothing is written."
                    + " Then it is written through the gateway's GraphQL mutations; loading the same file again changes nothing."
        })
public final class LoadCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The dataset file, e.g. data/iran-csto.yaml.")
    Path file;

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
            return load(file, gateway.url(), editorToken != null ? editorToken : devToken());
        } catch (IOException e) {
            System.err.println("entente load: " + e.getMessage());
            return 1;
        }
    }

    /** Returns 0 when the file is valid and written, 1 otherwise (with the reasons printed). */
    public int load(Path file, String gateway, String token) {
        String name = file.toString();
        try {
            DatasetParser.Result parsed = DatasetParser.parse(Files.readString(file));
            if (!parsed.problems().isEmpty()) {
                return report(name, parsed.problems());
            }
            GraphQlClient client = new GraphQlClient(gateway, token);
            List<DatasetProblem> problems = DatasetValidator.validate(parsed.dataset(), Vocabulary.published());
            if (!problems.isEmpty()) {
                return report(name, problems);
            }
            DatasetLoader.Summary summary = new DatasetLoader(client).load(parsed.dataset());
            System.out.println("loaded " + name + ": " + summary);
            return 0;
        } catch (NoSuchFileException e) {
            System.err.println("entente load: no such file " + name);
        } catch (ConnectException e) {
            System.err.println(
                    "entente load: cannot reach the gateway at " + gateway + " (is `./entente up` running?)");
        } catch (IOException e) {
            System.err.println("entente load: " + name + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 1;
    }

    private static int report(String file, List<DatasetProblem> problems) {
        problems.forEach(p -> System.err.println(p.describe(file)));
        System.err.println(problems.size() + " problem(s); nothing was written.");
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
