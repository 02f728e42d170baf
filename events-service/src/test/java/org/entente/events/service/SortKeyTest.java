package org.entente.events.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.*;

class SortKeyTest {

    @Test
    void roundTripsThroughItsCursorExactly() {
        SortKey key = new SortKey(0.0607927f, LocalDate.of(2007, 5, 1), (short) 2, 42L);
        String cursor = key.toCursor();
        assertEquals(key, SortKey.fromCursor(cursor));
        assertFalse(cursor.contains("2007"), "cursor should be opaque: " + cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-base64!", "djF8MHwyMDA3", "djJ8MC4wfDIwMDctMDUtMDF8MnwxMg"})
    void refusesForeignCursorsWithBadUserInput(String cursor) {
        assertThrows(BadUserInputException.class, () -> SortKey.fromCursor(cursor));
    }

    @Test
    void refusesCursorWithInvalidDate() {
        String forged = Base64.getUrlEncoder().encodeToString("v1|0.0|2007-13-01|2|12".getBytes(StandardCharsets.UTF_8));
        assertThrows(BadUserInputException.class, () -> SortKey.fromCursor(forged));
    }

    @Test
    void pageRequestDefaultsAndBounds() {
        assertEquals(PageRequest.DEFAULT_SIZE, PageRequest.of(null, null).first());
        assertEquals(0, PageRequest.of(0, null).first());
        assertEquals(100, PageRequest.of(100, null).first());
        assertThrows(BadUserInputException.class, () -> PageRequest.of(101, null));
        assertThrows(BadUserInputException.class, () -> PageRequest.of(-1, null));
    }
}
