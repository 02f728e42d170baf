package org.entente.relations;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialDateTest {

    private static PartialDate d(String text) {
        return PartialDate.parse(text);
    }

    @Test
    void aPartialDateIsTheIntervalItCovers() {
        assertEquals(LocalDate.of(2005, 1, 1), d("2005").start());
        assertEquals(LocalDate.of(2005, 12, 31), d("2005").end());
        assertEquals(LocalDate.of(2024, 2, 29), d("2024-02").end(), "leap year");
        assertEquals(LocalDate.of(2023, 2, 28), d("2023-02").end());
        assertEquals(d("2007-05-09").start(), d("2007-05-09").end());
        assertEquals(PartialDate.Precision.MONTH, d("2007-05").precision());
        assertEquals("2007-05", d("2007-05").toString());
    }

    @Test
    void malformedOrUnrealDatesAreRefused() {
        for (String bad : List.of("", "05", "2005-1", "2005-13", "2023-02-29", "2005/01", "2005-01-01T00:00", "May 2005")) {
            assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(null));
        assertEquals(null, PartialDate.parseNullable(null));
    }

    @Test
    void orderIsStartOfIntervalThenCoarserFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(d("2007-05-01"), d("2008"), d("2007-05"), d("2007"), d("2006-12-31"), d("2007-01")));
        Collections.shuffle(dates, new java.util.Random(7));
        Collections.sort(dates);
        assertEquals(List.of("2006-12-31", "2007", "2007-01", "2007-05", "2007-05-01", "2008"),
                dates.stream().map(PartialDate::text).toList());
    }

    @Test
    void inForceWhenTheIntervalsShareADay() {
        assertTrue(PartialDate.inForce(d("2005"), d("2023-07"), d("2023")));
        assertTrue(PartialDate.inForce(d("2005"), d("2007-05"), d("2007")), "ends inside the asOf year");
        assertTrue(PartialDate.inForce(d("2023-07-31"), null, d("2023-07")), "starts on the last day of asOf");
        assertFalse(PartialDate.inForce(d("2023-08"), null, d("2023-07")));
        assertFalse(PartialDate.inForce(null, d("2004"), d("2005")));
        assertTrue(PartialDate.inForce(null, null, d("1900")), "open ends are unbounded");
        assertTrue(PartialDate.inForce(d("2030"), null, null), "no asOf: everything");
    }

    @Test
    void notAfterKeepsWhatBeganByTheEndOfAsOf() {
        assertTrue(PartialDate.notAfter(d("2022-12-31"), d("2022")));
        assertFalse(PartialDate.notAfter(d("2023-01-01"), d("2022")));
        assertTrue(PartialDate.notAfter(d("2022"), d("2022-06")), "a coarser date that begins before asOf ends");
        assertTrue(PartialDate.notAfter(null, d("2022")), "undated is kept");
        assertTrue(PartialDate.notAfter(d("2099"), null));
    }

    @Test
    void overlapsUsesTheFactsWholeInterval() {
        assertTrue(d("2025-09").overlaps(d("2025-10"), d("2025-10-15"), null), "an event lasting into from");
        assertFalse(d("2025-09").overlaps(null, d("2025-10-15"), null));
        assertTrue(d("2023-07").overlaps(null, d("2023-07-31"), d("2023-08")));
        assertFalse(d("2023-07").overlaps(null, null, d("2023-06")));
        assertTrue(d("2023-07").overlaps(null, null, null));
    }
}
