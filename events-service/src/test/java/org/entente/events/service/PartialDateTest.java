package org.entente.events.service;

import org.entente.subgraph.errors.ClientException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
            "2005,       2005-01-01, 2005-12-31, YEAR",
            "2007-05,    2007-05-01, 2007-05-31, MONTH",
            "2024-02,    2024-02-01, 2024-02-29, MONTH",
            "2023-02,    2023-02-01, 2023-02-28, MONTH",
            "2024-01-01, 2024-01-01, 2024-01-01, DAY",
            "2024-02-29, 2024-02-29, 2024-02-29, DAY",
            "0800,       0800-01-01, 0800-12-31, YEAR",
    })
    void parsesTheIntervalItCovers(String text, LocalDate start, LocalDate end, PartialDate.Precision precision) {
        PartialDate date = PartialDate.parse(text);
        assertEquals(start, date.start());
        assertEquals(end, date.end());
        assertEquals(precision, date.precision());
        assertEquals(text, date.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "05", "20051", "2005-5", "2005-13", "2005-00", "2023-02-29", "2024-04-31", "2024-01-00",
            "0000", "2024/01/01", "2024-01-01T00:00", " 2024", "2024-01-01 ", "MMXXIV", "2024-W01"})
    void refusesAnythingElseWithBadUserInput(String text) {
        ClientException e = assertThrows(ClientException.class, () -> PartialDate.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void refusesNull() {
        assertThrows(ClientException.class, () -> PartialDate.parse(null));
    }

    @Test
    void ordersByStartThenCoarserFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(
                PartialDate.parse("2007-05-02"), PartialDate.parse("2007-05-01"), PartialDate.parse("2007"),
                PartialDate.parse("2006-12-31"), PartialDate.parse("2007-05"), PartialDate.parse("2007-01")));
        Collections.shuffle(dates);
        Collections.sort(dates);
        assertEquals("[2006-12-31, 2007, 2007-01, 2007-05, 2007-05-01, 2007-05-02]", dates.toString());
    }

    @Test
    void equalityIsTheSameIntervalAndPrecision() {
        assertEquals(PartialDate.parse("2007-05"), PartialDate.parse("2007-05"));
        assertEquals(PartialDate.parse("2007-05").hashCode(), PartialDate.parse("2007-05").hashCode());
        assertNotEquals(PartialDate.parse("2007-05"), PartialDate.parse("2007-05-01"));
        assertNotEquals(PartialDate.parse("2007"), PartialDate.parse("2007-01"));
    }

    @Test
    void precisionCodesGrowFromYearToDay() {
        assertEquals(1, PartialDate.Precision.YEAR.code());
        assertEquals(2, PartialDate.Precision.MONTH.code());
        assertEquals(3, PartialDate.Precision.DAY.code());
    }
}
