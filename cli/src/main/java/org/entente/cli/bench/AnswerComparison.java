package org.entente.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Before measuring, every target gets the same few requests of each operation, and its {@code data}
 * must equal the reference target's (ours). Throughput of engines that do not return the same
 * answer is no comparison, so a target that answers differently, or not at all, is left out of
 * that operation's measurement and reported, not measured with a footnote.
 */
final class AnswerComparison {
    /** A target left out of an operation, and why. */
    record Exclusion(String target, String operation, String reason) {}

    /** Sends one request to a target and returns its response body; throws when it failed. */
    interface Transport {
        String post(URI url, GraphQlCall call) throws Exception;
    }

    private static final long REQUEST_STREAM = 0x5DEECE66DL;

    private final Transport transport;
    private final long seed;
    private final int requestsPerOperation;
    private final PrintStream out;

    AnswerComparison(Transport transport, long seed, int requestsPerOperation, PrintStream out) {
        this.transport = transport;
        this.seed = seed;
        this.requestsPerOperation = requestsPerOperation;
        this.out = out;
    }

    /**
     * The targets to leave out, per operation. {@code targets} includes {@code reference}; operations
     * only the reference serves ({@link Operation#needsRelations}) are not compared.
     */
    List<Exclusion> compare(List<Operation> operations, Map<String, String> targets, String reference)
            throws InterruptedException {
        List<Exclusion> excluded = new ArrayList<>();
        for (Operation op : operations) {
            if (op.needsRelations()) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(seed ^ REQUEST_STREAM);
            List<String> differing = new ArrayList<>();
            int compared = 0;
            for (int i = 0; i < requestsPerOperation; i++) {
                GraphQlCall call = op.viaGateway(random);
                JsonNode expected;
                try {
                    expected = AnswerCheck.data(transport.post(URI.create(targets.get(reference)), call));
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    out.printf(
                            "answer check: %s %s: %s gave no answer, request not compared: %s%n",
                            op.name(), call.variables(), reference, e.getMessage());
                    continue;
                }
                compared++;
                for (Map.Entry<String, String> target : targets.entrySet()) {
                    if (target.getKey().equals(reference) || differing.contains(target.getKey())) {
                        continue;
                    }
                    Optional<String> difference = difference(URI.create(target.getValue()), call, expected);
                    if (difference.isPresent()) {
                        differing.add(target.getKey());
                        String reason = call.variables() + " " + difference.get();
                        excluded.add(new Exclusion(target.getKey(), op.name(), reason));
                        out.printf(
                                "answer check: %s %s differs from %s, not measured: %s%n",
                                target.getKey(), op.name(), reference, reason);
                    }
                }
            }
            String verdict = compared == 0 ? "" : differing.isEmpty() ? ", every target agrees" : ", see above";
            out.printf("answer check: %s: %d request(s) compared with %s%s%n", op.name(), compared, reference, verdict);
        }
        return excluded;
    }

    private Optional<String> difference(URI url, GraphQlCall call, JsonNode expected) throws InterruptedException {
        try {
            return AnswerCheck.firstDifference(expected, AnswerCheck.data(transport.post(url, call)));
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return Optional.of("no answer: " + e.getMessage());
        }
    }
}
