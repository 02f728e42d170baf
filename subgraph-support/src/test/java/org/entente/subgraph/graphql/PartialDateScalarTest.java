package org.entente.subgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.entente.dates.PartialDate;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.errors.ErrorCode;
import org.junit.jupiter.api.Test;

class PartialDateScalarTest {

    @Test
    void aValidTextIsItsDate() {
        assertEquals(PartialDate.parse("2007-05"), new PartialDateScalar("2007-05").toDate());
        assertEquals(
                "2007-05", PartialDateScalar.of(PartialDate.parse("2007-05")).stringValueForSerialization());
    }

    @Test
    void aMalformedTextIsBadUserInputQuotingOnlyTheText() {
        ClientException e = assertThrows(ClientException.class, () -> new PartialDateScalar("2007-13").toDate());
        assertEquals(ErrorCode.BAD_USER_INPUT, e.code());
        assertEquals(
                "'2007-13' is not a PartialDate: expected YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date",
                e.getMessage());
    }

    @Test
    void absentStaysAbsent() {
        assertNull(PartialDateScalar.toDate(null));
        assertNull(PartialDateScalar.of((String) null));
        assertNull(PartialDateScalar.of((PartialDate) null));
    }
}
