package org.entente.subgraph.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.entente.subgraph.errors.ClientException;
import org.junit.jupiter.api.Test;

class ClientInstantTest {
    @Test
    void aTimestampKeepsItsOffsetAndADateIsItsFirstMomentInUtc() {
        assertEquals(
                OffsetDateTime.of(2024, 6, 1, 10, 15, 0, 0, ZoneOffset.ofHours(2)),
                ClientInstant.parse("2024-06-01T10:15:00+02:00", "since"));
        assertEquals(
                OffsetDateTime.of(2024, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC), ClientInstant.parse("2024-06-01", "since"));
        assertNull(ClientInstant.parse(null, "since"));
    }

    @Test
    void anythingElseIsTheClientsErrorNamingItsArgument() {
        ClientException refused =
                assertThrows(ClientException.class, () -> ClientInstant.parse("2024-06-01T10:15:00", "retrievedAt"));
        assertEquals(
                "retrievedAt '2024-06-01T10:15:00' is not an ISO-8601 date or timestamp with offset",
                refused.getMessage());
        assertThrows(ClientException.class, () -> ClientInstant.parse("yesterday", "since"));
    }
}
