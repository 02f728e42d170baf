package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The check before measuring: which targets agree with ours, on a fake transport that answers per target. */
class AnswerComparisonTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final List<String> asked = new ArrayList<>();

    /** An operation whose request carries the id drawn from the random, and whether only ours serves it. */
    private static Operation operation(String name, boolean relations) {
        return new Operation() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public GraphQlCall viaGateway(SplittableRandom random) {
                return new GraphQlCall("{ x }", Map.of("id", Operations.id(1 + random.nextInt(3))));
            }

            @Override
            public DirectPlan direct() {
                return relations ? null : (random, subgraphs) -> {};
            }
        };
    }

    private List<AnswerComparison.Exclusion> compare(Map<String, String> answers, Operation... operations)
            throws InterruptedException {
        Map<String, String> targets = new LinkedHashMap<>();
        answers.keySet().forEach(name -> targets.put(name, "http://" + name + "/graphql"));
        AnswerComparison.Transport transport = (url, call) -> {
            String target = url.getHost();
            asked.add(target + " " + call.variables().get("id"));
            String answer =
                    answers.get(target).replace("ID", (String) call.variables().get("id"));
            if (answer.startsWith("HTTP")) {
                throw new IOException(answer);
            }
            return answer;
        };
        return new AnswerComparison(transport, 1, 3, new PrintStream(printed, true, StandardCharsets.UTF_8))
                .compare(List.of(operations), targets, "entente");
    }

    @Test
    void targetsThatAgreeAreAllMeasured() throws InterruptedException {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("entente", "{\"data\":{\"actor\":{\"id\":\"ID\",\"name\":\"n\"}}}");
        answers.put("grafbase", "{\"data\":{\"actor\":{\"name\":\"n\",\"id\":\"ID\"}}}");
        assertEquals(List.of(), compare(answers, operation("actor-profile", false)));
        // the same three requests to each
        assertEquals(6, asked.size());
        assertEquals(
                asked.stream()
                        .filter(a -> a.startsWith("entente "))
                        .map(a -> a.substring(8))
                        .toList(),
                asked.stream()
                        .filter(a -> a.startsWith("grafbase "))
                        .map(a -> a.substring(9))
                        .toList());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("every target agrees"), printed.toString());
    }

    @Test
    void aTargetWithOtherDataOrNoAnswerIsLeftOutOfThatOperation() throws InterruptedException {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("entente", "{\"data\":{\"actor\":{\"id\":\"ID\",\"name\":\"n\"}}}");
        answers.put("hive", "{\"data\":{\"actor\":{\"id\":\"ID\",\"name\":\"n\"}}}");
        answers.put("grafbase", "{\"data\":{\"actor\":{\"id\":\"ID\",\"name\":\"other\"}}}");
        answers.put("apollo", "{\"data\":null,\"errors\":[{\"message\":\"boom\"}]}");
        List<AnswerComparison.Exclusion> excluded = compare(answers, operation("actor-profile", false));
        assertEquals(
                List.of("grafbase", "apollo"),
                excluded.stream().map(AnswerComparison.Exclusion::target).toList());
        assertTrue(excluded.get(0).reason().contains("actor.name: expected \"n\", not \"other\""), excluded.toString());
        assertTrue(excluded.get(1).reason().contains("no answer")
                && excluded.get(1).reason().contains("boom"));
        assertEquals("actor-profile", excluded.get(0).operation());
        // a target found differing is not asked again
        assertEquals(1, asked.stream().filter(a -> a.startsWith("grafbase ")).count());
    }

    @Test
    void operationsOnlyOursServesAreNotCompared() throws InterruptedException {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("entente", "{\"data\":{\"connections\":[]}}");
        answers.put("hive", "HTTP 400");
        assertEquals(List.of(), compare(answers, operation("connections", true)));
        assertEquals(List.of(), asked);
    }

    @Test
    void aRequestOursDoesNotAnswerIsNotHeldAgainstTheOthers() throws InterruptedException {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("entente", "HTTP 503");
        answers.put("hive", "{\"data\":{\"actor\":null}}");
        assertEquals(List.of(), compare(answers, operation("event-page", false)));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("0 request(s) compared"), printed.toString());
    }
}
