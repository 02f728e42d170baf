package org.entente.actors.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialDateTest {

    @Test
    void yearCoversTheWholeYear() {
        PartialDate year = PartialDate.parse("2005");
        assertEquals(PartialDate.Precision.YEAR, year.precision());
        assertEquals(LocalDate.of(2005, 1, 1), year.start());
        assertEquals(LocalDate.of(2005, 12, 31), year.end());
    }

    @Test
    void monthCoversItsDaysIncludingLeapFebruary() {
        PartialDate may = PartialDate.parse("2007-05");
        assertEquals(LocalDate.of(2007, 5, 1), may.start());
        assertEquals(LocalDate.of(2007, 5, 31), may.end());
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").end());
        assertEquals(LocalDate.of(2023, 2, 28), PartialDate.parse("2023-02").end());
    }

    @Test
    void dayIsASingleDay() {
        PartialDate day = PartialDate.parse("2024-01-01");
        assertEquals(PartialDate.Precision.DAY, day.precision());
        assertEquals(day.start(), day.end());
        assertEquals("2024-01-01", day.stringValueForSerialization());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2007-13", "2007-00", "2007-02-30", "2023-02-29", "2007-5", "07", "2007/05", "2007-05-01T00:00",
            " 2007", "", "May 2007", "20071"})
    void rejectsWhatIsNotARealPartialDate(String text) {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
    }

    @Test
    void ordersByStartThenCoarserFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2007-05-01"), PartialDate.parse("2006"),
                PartialDate.parse("2007-05"), PartialDate.parse("2007"), PartialDate.parse("2007-04-30")));
        Collections.sort(dates);
        assertEquals(List.of("2006", "2007", "2007-04-30", "2007-05", "2007-05-01"), dates.stream().map(PartialDate::toString).toList());
    }

    @Test
    void overlapsWhenTheIntervalsShareADay() {
        assertTrue(PartialDate.parse("2007").overlaps(PartialDate.parse("2007-12-31")));
        assertTrue(PartialDate.parse("2007-05").overlaps(PartialDate.parse("2007")));
        assertFalse(PartialDate.parse("2007-05").overlaps(PartialDate.parse("2007-06-01")));
        assertFalse(PartialDate.parse("2006").overlaps(PartialDate.parse("2007-01")));
    }
}
