package org.entente.events.domain;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.entente.subgraph.errors.ClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SortKeyTest {

    @Test
    void roundTripsThroughItsCursorExactly() {
        SortKey key = new SortKey(0.0607927f, LocalDate.of(2007, 5, 1), (short) 2, 42L);
        String cursor = key.toCursor(ListOrder.NEWEST_FIRST);
        assertEquals(key, SortKey.fromCursor(cursor, ListOrder.NEWEST_FIRST));
        assertFalse(cursor.contains("2007"), "cursor should be opaque: " + cursor);
    }

    @Test
    void aCursorBelongsToTheDirectionOfItsList() {
        String oldestFirst = new SortKey(0f, LocalDate.of(2007, 5, 1), (short) 2, 42L).toCursor(ListOrder.OLDEST_FIRST);
        ClientException refused =
                assertThrows(ClientException.class, () -> SortKey.fromCursor(oldestFirst, ListOrder.NEWEST_FIRST));
        assertTrue(refused.getMessage().contains("OLDEST_FIRST"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-base64!", "djF8MHwyMDA3", "djJ8MC4wfDIwMDctMDUtMDF8MnwxMg"})
    void refusesForeignCursorsWithBadUserInput(String cursor) {
        assertThrows(ClientException.class, () -> SortKey.fromCursor(cursor, ListOrder.OLDEST_FIRST));
    }

    @Test
    void refusesCursorWithInvalidDate() {
        String forged = Base64.getUrlEncoder()
                .encodeToString("v2|OLDEST_FIRST|0.0|2007-13-01|2|12".getBytes(StandardCharsets.UTF_8));
        assertThrows(ClientException.class, () -> SortKey.fromCursor(forged, ListOrder.OLDEST_FIRST));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-01-01", "-999999999-01-01", "0000-12-31", "+10000-01-02"})
    void refusesACursorWithADateNoRowCanHave(String start) {
        String forged = Base64.getUrlEncoder()
                .encodeToString(("v2|OLDEST_FIRST|0.0|" + start + "|1|12").getBytes(StandardCharsets.UTF_8));
        assertThrows(ClientException.class, () -> SortKey.fromCursor(forged, ListOrder.OLDEST_FIRST));
    }

    @Test
    void refusesACursorWithANonFiniteRank() {
        String forged = Base64.getUrlEncoder()
                .encodeToString("v2|OLDEST_FIRST|NaN|2007-05-01|2|12".getBytes(StandardCharsets.UTF_8));
        assertThrows(ClientException.class, () -> SortKey.fromCursor(forged, ListOrder.OLDEST_FIRST));
    }

    @Test
    void theUndatedMarkerComesAfterTheLastDayAPartialDateCovers() {
        assertEquals(LocalDate.of(10000, 1, 1), SortKey.UNDATED);
        SortKey lastDay = new SortKey(0f, LocalDate.of(9999, 12, 31), (short) 3, 1L);
        SortKey undated = new SortKey(0f, SortKey.UNDATED, (short) 0, 2L);
        assertFalse(lastDay.undated());
        assertTrue(undated.undated());
        for (SortKey key : new SortKey[] {lastDay, undated}) {
            assertEquals(key, SortKey.fromCursor(key.toCursor(ListOrder.OLDEST_FIRST), ListOrder.OLDEST_FIRST));
        }
    }

    @Test
    void pageRequestDefaultsAndBounds() {
        assertEquals(
                PageRequest.DEFAULT_SIZE, PageRequest.of(null, null, null, true).first());
        assertEquals(0, PageRequest.of(0, null, null, true).first());
        assertEquals(100, PageRequest.of(100, null, null, true).first());
        assertThrows(ClientException.class, () -> PageRequest.of(101, null, null, true));
        assertThrows(ClientException.class, () -> PageRequest.of(-1, null, null, true));
    }
}
