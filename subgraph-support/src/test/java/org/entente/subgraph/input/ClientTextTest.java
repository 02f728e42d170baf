package org.entente.subgraph.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.errors.ErrorCode;
import org.junit.jupiter.api.Test;

class ClientTextTest {

    @Test
    void textIsStrippedAndBlankIsAbsent() {
        assertEquals("Iran", ClientText.required("  Iran\n", "name", 300));
        assertNull(ClientText.optional(" \t ", "summary", 10));
        assertNull(ClientText.optional(null, "summary", 10));
        assertEquals("CSTO", ClientText.optional(" CSTO ", "alias", 4));
    }

    @Test
    void requiredTextMayNotBeMissingOrBlank() {
        ClientException missing = assertThrows(ClientException.class, () -> ClientText.required(null, "title", 500));
        assertEquals(ErrorCode.BAD_USER_INPUT, missing.code());
        assertEquals("title must not be blank", missing.getMessage());
        assertThrows(ClientException.class, () -> ClientText.required("   ", "title", 10));
    }

    @Test
    void textLongerThanItsColumnIsRefusedAfterStripping() {
        assertEquals("abc", ClientText.required("  abc  ", "handle", 3));
        ClientException tooLong = assertThrows(ClientException.class, () -> ClientText.optional("abcd", "handle", 3));
        assertEquals(ErrorCode.BAD_USER_INPUT, tooLong.code());
        assertEquals("handle is longer than 3 characters", tooLong.getMessage());
    }
}
