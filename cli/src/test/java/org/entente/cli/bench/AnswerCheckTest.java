package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    private static final String LIMIT =
            "{\"message\":\"Actors [1] have more than 100 events\",\"extensions\":{\"code\":\"BAD_USER_INPUT\",\"limit\":\"factsPerActor\"}}";

    @Test
    void dataWithoutErrorsOrWithOnlyLimitNoticesIsAnAnswer() {
        assertDoesNotThrow(() -> AnswerCheck.requireAnswer("{\"data\":{\"actor\":{\"name\":\"Iran\"}}}"));
        assertDoesNotThrow(
                () -> AnswerCheck.requireAnswer("{\"data\":{\"connections\":[]},\"errors\":[" + LIMIT + "]}"));
    }

    @Test
    void anyOtherErrorOrMissingDataIsAFailure() {
        IOException e = assertThrows(
                IOException.class,
                () -> AnswerCheck.requireAnswer("{\"data\":{\"connections\":null},\"errors\":[" + LIMIT
                        + ",{\"message\":\"boom\",\"extensions\":{\"code\":\"INTERNAL\"}}]}"));
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
        assertThrows(IOException.class, () -> AnswerCheck.requireAnswer("{\"data\":null,\"errors\":[" + LIMIT + "]}"));
        assertThrows(IOException.class, () -> AnswerCheck.requireAnswer("{\"errors\":[{\"message\":\"Syntax\"}]}"));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Optional<String> difference(String expected, String actual) throws IOException {
        return AnswerCheck.firstDifference(JSON.readTree(expected), JSON.readTree(actual));
    }

    @Test
    void theSameDataInAnotherMemberOrderOrNumberSpellingIsTheSame() throws IOException {
        assertEquals(
                Optional.empty(),
                difference(
                        "{\"event\":{\"id\":\"7\",\"score\":1,\"participants\":[{\"role\":\"HOST\",\"name\":\"A\"}]}}",
                        "{\"event\":{\"participants\":[{\"name\":\"A\",\"role\":\"HOST\"}],\"score\":1.0,\"id\":\"7\"}}"));
    }

    @Test
    void theFirstDifferenceIsNamedByItsPath() throws IOException {
        assertEquals(
                Optional.of("event.participants[1].name: expected \"B\", not \"C\""),
                difference(
                        "{\"event\":{\"participants\":[{\"name\":\"A\"},{\"name\":\"B\"}]}}",
                        "{\"event\":{\"participants\":[{\"name\":\"A\"},{\"name\":\"C\"}]}}"));
        assertEquals(
                Optional.of("event.sources: expected 2 elements, not 1 ([1])"),
                difference("{\"event\":{\"sources\":[1,2]}}", "{\"event\":{\"sources\":[1]}}"));
        assertEquals(
                Optional.of("event.title: expected \"T\", not (absent)"),
                difference("{\"event\":{\"title\":\"T\"}}", "{\"event\":{}}"));
        assertEquals(
                Optional.of("event.id: expected \"7\", not 7"),
                difference("{\"event\":{\"id\":\"7\"}}", "{\"event\":{\"id\":7}}"));
        assertEquals(Optional.of("event: expected {}, not null"), difference("{\"event\":{}}", "{\"event\":null}"));
    }

    @Test
    void dataIsTheAnswersDataAndNothingElseIsAnAnswer() throws IOException {
        JsonNode data = AnswerCheck.data("{\"data\":{\"actor\":{\"name\":\"Iran\"}}}");
        assertEquals("Iran", data.path("actor").path("name").asText());
        assertThrows(IOException.class, () -> AnswerCheck.data("{\"data\":null}"));
        assertThrows(IOException.class, () -> AnswerCheck.data("{\"errors\":[{\"message\":\"x\"}]}"));
    }
}
