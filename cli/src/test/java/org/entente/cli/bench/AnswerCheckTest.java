package org.entente.cli.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
}
