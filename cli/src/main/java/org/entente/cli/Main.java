package org.entente.cli;

import org.entente.cli.bench.BenchCommand;
import org.entente.cli.generate.GenerateCommand;
import org.entente.cli.load.LoadCommand;
import org.entente.cli.up.UpCommand;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Entry point of {@code ./entente} once the project is built: dispatches to a command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("entente.root", ".")).toAbsolutePath().normalize();
        String command = args.length == 0 ? "--help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        int status = switch (command) {
            case "up" -> new UpCommand(root).run(rest);
            case "load" -> new LoadCommand(root).run(rest);
            case "generate" -> new GenerateCommand(System.out).run(rest);
            case "bench" -> new BenchCommand(System.out).run(rest);
            case "--help", "-h", "help" -> {
                System.out.println(Help.TEXT);
                yield 0;
            }
            default -> {
                System.err.println("entente: unknown command '" + command + "'\n\n" + Help.TEXT);
                yield 2;
            }
        };
        System.exit(status);
    }
}
