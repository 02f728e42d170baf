package org.entente.cli.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.entente.cli.GatewayOption;
import org.entente.cli.HelpOption;
import org.entente.cli.load.GraphQlClient;
import org.entente.dates.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./entente export}: the graph, read through the gateway, as GraphML, CSV or FollowTheMoney entities. */
@Command(
        name = "export",
        description = {
            "Writes the graph, read through the gateway, as a file for analysis tools.",
            "graphml: actors and events as nodes; memberships, positions, participations and statements as edges"
                    + " (Gephi, yEd, Cytoscape, NetworkX). csv: a directory with one file per kind of record."
                    + " ftm: FollowTheMoney entities, one JSON object a line (Aleph, OpenSanctions tools)."
                    + " Every fact carries its sources. Nothing is written when reading fails."
        })
public final class ExportCommand implements Callable<Integer> {
    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "graphml",
            converter = ExportFormat.Converter.class,
            completionCandidates = ExportFormat.Names.class,
            description = "graphml, csv or ftm (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "PATH",
            description = "Where to write (default: entente.graphml, entente-csv/ or entente.ftm.json).")
    Path output;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Only what holds at this partial date (2007, 2007-05, 2007-05-14): memberships and positions"
                    + " in force then, events and statements dated up to its end.")
    String asOf;

    @Option(
            names = "--around",
            paramLabel = "HANDLE",
            description = "Only this actor's neighbourhood: the actors within --hops links and the facts among them.")
    String around;

    @Option(
            names = "--hops",
            paramLabel = "N",
            defaultValue = "1",
            description = "How far --around reaches, 1 to 3 (default: ${DEFAULT-VALUE}).")
    int hops;

    @Mixin
    GatewayOption gateway;

    @Option(
            names = "--token",
            paramLabel = "JWT",
            description = "A token to send (default: $ENTENTE_TOKEN, else none: reading needs no token).")
    String token;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        if (asOf != null && !PartialDate.isValid(asOf)) {
            throw new ParameterException(
                    spec.commandLine(), "--as-of: '" + asOf + "' is not a partial date (2007, 2007-05, 2007-05-14)");
        }
        if (hops < 1 || hops > 3) {
            throw new ParameterException(spec.commandLine(), "--hops: " + hops + " is not between 1 and 3");
        }
        Path target = output != null ? output : Path.of(format.defaultOutput());
        String bearer = token != null ? token : System.getenv("ENTENTE_TOKEN");
        GraphQlClient client = new GraphQlClient(gateway.url(), bearer);
        int[] requests = {0};
        GraphReader.Gateway counted = (document, variables) -> {
            requests[0]++;
            return client.execute(document, variables);
        };
        try {
            Graph graph = around == null
                    ? new GraphReader(counted).read(asOf)
                    : new NeighbourhoodReader(counted).read(around, hops, asOf);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    "read %d actors, %d memberships, %d positions, %d events, %d statements and %d sources"
                            + " in %d requests%n",
                    graph.actors().size(),
                    graph.memberships().size(),
                    graph.positions().size(),
                    graph.events().size(),
                    graph.statements().size(),
                    graph.sources().size(),
                    requests[0]);
            out.println("wrote " + write(graph, target));
            out.flush();
            return 0;
        } catch (ConnectException e) {
            fail("cannot reach the gateway at " + gateway.url() + " (is `./entente up` running?)");
        } catch (GraphQlClient.GraphQlException e) {
            fail("the gateway answered with errors, so nothing was written: " + e.getMessage());
        } catch (IOException e) {
            fail(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 1;
    }

    /** Writes the file next to its target first, so that a failed export leaves the old one whole. */
    private String write(Graph graph, Path target) throws IOException {
        if (format == ExportFormat.CSV) {
            CsvWriter.write(graph, target);
            return target + "/: " + CsvWriter.FILES.size() + " CSV files";
        }
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        // not Files.createTempFile, whose owner-only permissions the export would keep
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + ".part");
        try {
            String summary;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                summary = format == ExportFormat.GRAPHML
                        ? describe(GraphmlWriter.write(graph, out))
                        : FtmWriter.write(graph, out).bySchema().toString();
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target + ": " + summary;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String describe(GraphmlWriter.Written written) {
        return written.nodes() + " nodes, " + written.edges() + " edges"
                + (written.statementsWithoutEdge() == 0
                        ? ""
                        : "; " + written.statementsWithoutEdge()
                                + " statements have no speaker or subject among the actors, so no edge");
    }

    private void fail(String message) {
        spec.commandLine().getErr().println("entente export: " + message);
        spec.commandLine().getErr().flush();
    }
}
