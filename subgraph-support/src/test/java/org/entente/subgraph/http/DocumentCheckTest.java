package org.entente.subgraph.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.errors.ErrorCode;
import org.junit.jupiter.api.Test;

class DocumentCheckTest {
    private final DocumentCheck check = new DocumentCheck();

    @Test
    void aDocumentThatParsesPassesAgainAndAgain() {
        String query = "query($id: ID) { actor(id: $id) { name } }";
        assertDoesNotThrow(() -> check.check(query));
        assertDoesNotThrow(() -> check.check(query));
    }

    @Test
    void aSyntaxErrorIsBadUserInputSayingWhere() {
        ClientException refused = assertThrows(ClientException.class, () -> check.check("{ actors("));
        assertEquals(ErrorCode.BAD_USER_INPUT, refused.code());
        assertTrue(refused.getMessage().contains("line 1"), refused.getMessage());
        assertThrows(ClientException.class, () -> check.check(""));
    }

    @Test
    void aStringLiteralMayNotSpellNul() {
        ClientException refused =
                assertThrows(ClientException.class, () -> check.check("{ actors(search: \"a\\u0000b\") { id } }"));
        assertTrue(refused.getMessage().contains("U+0000"), refused.getMessage());
        assertThrows(
                ClientException.class,
                () -> check.check("mutation { a(input: {names: [\"x\", \"\\u0000\"]}) { id } }"));
    }

    @Test
    void anUnparseableDocumentIsNotRememberedAsPassed() {
        assertThrows(ClientException.class, () -> check.check("{ a"));
        assertThrows(ClientException.class, () -> check.check("{ a"));
    }
}
