package org.entente.cli.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetValidationTest {
    static final Vocabulary VOCABULARY = new Vocabulary(Map.of(
            "ActorKind",
                    Set.of(
                            "STATE",
                            "INTERNATIONAL_ORGANIZATION",
                            "GOVERNMENT_BODY",
                            "LEGISLATURE",
                            "PERSON",
                            "MEDIA",
                            "GROUP"),
            "MembershipRole",
                    Set.of(
                            "MEMBER",
                            "FOUNDING_MEMBER",
                            "OBSERVER",
                            "APPLICANT",
                            "INVITED",
                            "DIALOGUE_PARTNER",
                            "PARTNER",
                            "SUSPENDED"),
            "EventType", Set.of("INVITATION", "OBSERVER_STATUS", "MEETING"),
            "ParticipantRole", Set.of("INITIATOR", "TARGET", "PARTICIPANT", "HOST"),
            "StatementKind", Set.of("QUOTE", "PARAPHRASE", "ASSESSMENT"),
            "Stance", Set.of("SUPPORTS", "OPPOSES", "NEUTRAL", "UNKNOWN")));

    private static final String VALID = """
            sources:
              - ref: article
                title: An article
            actors:
              - {handle: iran, kind: STATE, name: Iran, countryCode: IRN}
              - {handle: csto, kind: INTERNATIONAL_ORGANIZATION, name: CSTO}
            memberships:
              - {member: iran, organization: csto, role: INVITED, since: "2007-05"}
            events:
              - key: invite
                type: INVITATION
                title: Invitation
                date: "2007-05"
                participants:
                  - {actor: csto, role: INITIATOR}
            statements:
              - {key: s1, kind: QUOTE, text: "open", about: [csto], event: invite}
            """;

    private static List<String> problemsOf(String yaml) {
        DatasetParser.Result parsed = DatasetParser.parse(yaml);
        List<DatasetProblem> problems = parsed.problems().isEmpty()
                ? DatasetValidator.validate(parsed.dataset(), VOCABULARY)
                : parsed.problems();
        return problems.stream().map(p -> p.describe("f")).toList();
    }

    @Test
    void aValidFileHasNoProblemsAndKeepsEveryRecord() {
        DatasetParser.Result parsed = DatasetParser.parse(VALID);
        assertEquals(List.of(), parsed.problems());
        assertEquals(List.of(), DatasetValidator.validate(parsed.dataset(), VOCABULARY));
        assertEquals(2, parsed.dataset().actors().size());
        assertEquals("2007-05", parsed.dataset().memberships().get(0).since());
        assertEquals(8, parsed.dataset().memberships().get(0).line());
        assertEquals(
                "csto", parsed.dataset().events().get(0).participants().get(0).actor());
    }

    @Test
    void theShippedIranCstoDatasetIsValid() throws IOException {
        String text = Files.readString(Path.of("..", "data", "iran-csto.yaml"));
        DatasetParser.Result parsed = DatasetParser.parse(text);
        assertEquals(List.of(), parsed.problems());
        assertEquals(List.of(), DatasetValidator.validate(parsed.dataset(), VOCABULARY));
    }

    @Test
    void theShippedScoSamarkandDatasetIsValidAfterTheFirst() throws IOException {
        DatasetParser.Result parsed =
                DatasetParser.parse(Files.readString(Path.of("..", "data", "sco-samarkand-2022.yaml")));
        assertEquals(List.of(), parsed.problems());
        assertEquals(List.of(), DatasetValidator.validate(parsed.dataset(), Vocabulary.published()));
    }

    @Test
    void aFileMayNameTheActorsOfAnEarlierFileOfTheRun() {
        String second = """
                sources:
                  - {ref: report, title: A report}
                actors:
                  - {handle: uzbekistan, kind: STATE, name: Uzbekistan}
                memberships:
                  - {member: uzbekistan, organization: sco, role: MEMBER}
                """;
        DatasetParser.Result parsed = DatasetParser.parse(second);
        assertEquals(List.of(), DatasetValidator.validate(parsed.dataset(), VOCABULARY, Set.of("sco", "iran")));
        assertEquals(
                List.of("f:6: organization 'sco' is not an actor handle of this file or of an earlier one"),
                DatasetValidator.validate(parsed.dataset(), VOCABULARY, Set.of("iran")).stream()
                        .map(p -> p.describe("f"))
                        .toList());
    }

    @Test
    void reportsAnUnknownReferenceAtItsLine() {
        assertEquals(
                List.of("f:8: organization 'sco' is not an actor handle of this file or of an earlier one"),
                problemsOf(VALID.replace("organization: csto, role", "organization: sco, role")));
    }

    @Test
    void reportsAMisspelledFieldAtItsLine() {
        List<String> problems = problemsOf(VALID.replace("since: \"2007-05\"", "sinse: \"2007-05\""));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("f:8: unknown field 'sinse'"), problems.toString());
    }

    @Test
    void reportsEnumValuesTheApiDoesNotAccept() {
        assertEquals(
                List.of(
                        "f:8: role 'ALLY' is not one of [APPLICANT, DIALOGUE_PARTNER, FOUNDING_MEMBER, INVITED, MEMBER, OBSERVER, PARTNER, SUSPENDED]"),
                problemsOf(VALID.replace("role: INVITED", "role: ALLY")));
    }

    @Test
    void reportsMalformedAndMisorderedDates() {
        assertEquals(
                List.of("f:8: since '2007-13' is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)"),
                problemsOf(VALID.replace("since: \"2007-05\"", "since: \"2007-13\"")));
        assertEquals(
                List.of("f:8: until 2006 is before since 2007-05"),
                problemsOf(VALID.replace("since: \"2007-05\"", "since: \"2007-05\", until: \"2006\"")));
        assertEquals(
                List.of(),
                problemsOf(VALID.replace("since: \"2007-05\"", "since: \"2007-05\", until: \"2007\"")),
                "an until in the same year covers May 2007");
    }

    @Test
    void reportsDuplicatesMissingFieldsAndBadStatementReferences() {
        String yaml = VALID.replace(
                        "- {handle: csto, kind: INTERNATIONAL_ORGANIZATION, name: CSTO}",
                        "- {handle: iran, kind: PERSON, name: Other}\n  - {handle: csto, kind: INTERNATIONAL_ORGANIZATION, name: CSTO}")
                .replace("event: invite}", "event: nope}")
                .replace("text: \"open\"", "text: \"\"");
        assertEquals(
                List.of(
                        "f:6: actor handle 'iran' is used twice",
                        "f:18: 'text' is required",
                        "f:18: event 'nope' is not an event key of this file"),
                problemsOf(yaml));
    }

    @Test
    void reportsParentCycles() {
        String yaml = VALID.replace("name: Iran, countryCode: IRN}", "name: Iran, parent: csto}")
                .replace("name: CSTO}", "name: CSTO, parent: iran}");
        assertEquals(
                List.of("f:5: parent chain of 'iran' is a cycle", "f:6: parent chain of 'csto' is a cycle"),
                problemsOf(yaml));
    }

    @Test
    void reportsInvalidYamlWithItsLine() {
        List<String> problems = problemsOf("actors:\n  - {handle: iran\n  - x\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("f:4: not valid YAML"), problems.toString());
    }
}
