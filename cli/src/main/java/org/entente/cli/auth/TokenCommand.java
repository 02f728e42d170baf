package org.entente.cli.auth;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.entente.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./entente token}: an editor token for the local stack, e.g. to write from the GraphQL IDE. */
@Command(
        name = "token",
        description = {
            "Prints an editor token for the local stack.",
            "RS256, issuer `entente`, group `editor`, signed with the local dev key in .entente/keys (created if there"
                    + " is none, as `up` does). Send it as the header `Authorization: Bearer TOKEN`, e.g. from GraphiQL."
        })
public final class TokenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--ttl",
            paramLabel = "DURATION",
            defaultValue = "12h",
            converter = TokenLifetime.class,
            description = "How long the token is valid: a number and s, m, h or d (default: ${DEFAULT-VALUE}).")
    Duration ttl;

    @Mixin
    HelpOption help;

    private final Path root;

    public TokenCommand(Path root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        DevKeys keys = DevKeys.inProject(root);
        try {
            keys.ensure();
            spec.commandLine().getOut().println(EditorToken.sign(keys.privateKey(), ttl));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("entente token: " + e.getMessage());
            return 1;
        }
    }
}
