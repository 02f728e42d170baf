package org.entente.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The gateway is a general Federation 2 runtime: no term of Entente's domain appears in its code,
 * resources, tests, README or pom. Each finding names the file and line.
 */
class DomainFreeTest {

    /**
     * Domain terms in camelCase. Each matches at the start of a word or of a camelCase part,
     * capitalised or not, with an optional plural: "actor" finds "actors", "Actor", "actorsByIds"
     * and "getActor", not "reactor" or "factor". Words the runtime uses in its own sense (event,
     * statement, position, connection, network, timeline) are not listed.
     */
    private static final List<String> TERMS = List.of(
            "actor", "membership", "officeHolder", "statementsAbout", "relations", "relationship", "partialDate");
    /** Entente's service names not caught by a term above. */
    private static final List<String> LITERALS = List.of("events-service");

    private static final Pattern DOMAIN = Pattern.compile(Stream.concat(
                    TERMS.stream().map(DomainFreeTest::termPattern),
                    LITERALS.stream().map(Pattern::quote))
            .collect(Collectors.joining("|")));

    private static final Path SELF = Path.of("src", "test", "java", "org", "entente", "gateway", "DomainFreeTest.java");

    @Test
    void noDomainTermInTheGatewayModule() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md"), Path.of("pom.xml")));
        try (Stream<Path> walk = Files.walk(Path.of("src"))) {
            walk.filter(Files::isRegularFile)
                    .filter(f -> !f.equals(SELF))
                    .sorted()
                    .forEach(files::add);
        }
        List<String> findings = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = DOMAIN.matcher(lines.get(i));
                if (m.find()) {
                    findings.add(file + ":" + (i + 1) + ": '" + m.group() + "' in: "
                            + lines.get(i).strip());
                }
            }
        }
        assertTrue(
                findings.isEmpty(),
                () -> findings.size() + " mentions of Entente's domain, which belongs outside gateway/:\n"
                        + String.join("\n", findings));
    }

    @Test
    void termsMatchAtWordAndCamelCaseBoundariesOnly() {
        List<String> hits = Stream.of(
                        "actors=http://x",
                        "getActor()",
                        "ActorFacts",
                        "actorsByIds",
                        "memberships",
                        "org.entente.gateway.relations",
                        "RelationsSubgraph",
                        "scalar PartialDate",
                        "the events-service URL")
                .filter(s -> DOMAIN.matcher(s).find())
                .toList();
        assertEquals(9, hits.size(), hits::toString);
        List<String> misses = Stream.of(
                        "Reactor",
                        "the reactor build",
                        "factor",
                        "event loop",
                        "StartupEvent",
                        "a statement",
                        "correlations",
                        "@Observes",
                        "connections")
                .filter(s -> DOMAIN.matcher(s).find())
                .toList();
        assertEquals(List.of(), misses);
    }

    private static String termPattern(String camel) {
        String first = camel.substring(0, 1);
        String upper = first.toUpperCase();
        return "(?:(?<![A-Za-z])[" + first + upper + "]|(?<=[a-z0-9])" + upper + ")" + Pattern.quote(camel.substring(1))
                + "s?(?![a-z])";
    }
}
