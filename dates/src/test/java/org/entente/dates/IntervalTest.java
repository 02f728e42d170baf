package org.entente.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntervalTest {

    private static Interval of(String since, String until) {
        return new Interval(PartialDate.parseNullable(since), PartialDate.parseNullable(until));
    }

    private static PartialDate d(String text) {
        return PartialDate.parse(text);
    }

    @Test
    void untilMayNotEndBeforeSinceStarts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> of("2010", "2009-12"));
        assertEquals("until (2009-12) is before since (2010)", e.getMessage());
        // A coarser until that still covers since is fine: "from May 2007 until (sometime in) 2007".
        of("2007-05", "2007");
        of("2007-05-10", "2007-05-10");
    }

    @Test
    void daysAreTheStartOfSinceAndTheEndOfUntil() {
        Interval interval = of("2007-05", "2009");
        assertEquals(LocalDate.of(2007, 5, 1), interval.firstDay());
        assertEquals(LocalDate.of(2009, 12, 31), interval.lastDay());
        assertNull(of(null, null).firstDay());
        assertNull(of(null, null).lastDay());
    }

    @Test
    void closedIntervalsOverlapWhenTheyShareADay() {
        assertTrue(of("2005", "2010").overlaps(of("2010", "2015")));
        assertFalse(of("2005", "2009").overlaps(of("2010", "2015")));
        assertFalse(of("2010-01", "2010-05").overlaps(of("2010-06", null)));
    }

    @Test
    void openEndsAreUnbounded() {
        assertTrue(of("2005", null).overlaps(of("2030", "2031")));
        assertFalse(of("2005", null).overlaps(of("2001", "2004")));
        assertTrue(of(null, "2005").overlaps(of("1990", "1991")));
        assertTrue(of(null, null).overlaps(of("2020", "2020")));
        assertTrue(of("2020", null).overlaps(Interval.ALWAYS));
    }

    @Test
    void inForceAtADateWhenTheIntervalsShareADay() {
        assertTrue(of("2005", "2023-07").inForceAt(d("2023")));
        assertTrue(of("2005", "2007-05").inForceAt(d("2007")), "ends inside the asOf year");
        assertTrue(of("2023-07-31", null).inForceAt(d("2023-07")), "starts on the last day of asOf");
        assertFalse(of("2023-08", null).inForceAt(d("2023-07")));
        assertFalse(of(null, "2004").inForceAt(d("2005")));
        assertTrue(Interval.ALWAYS.inForceAt(d("1900")), "open ends are unbounded");
        assertTrue(of("2030", null).inForceAt(null), "no asOf: everything");
    }

    @Test
    void anEventLastingIntoTheWindowOverlapsIt() {
        Interval window = of("2025-10-15", null);
        assertTrue(of("2025-09", "2025-10").overlaps(window), "an event lasting into from");
        assertFalse(Interval.of(d("2025-09")).overlaps(window));
        assertTrue(Interval.of(d("2023-07")).overlaps(of("2023-07-31", "2023-08")));
        assertFalse(Interval.of(d("2023-07")).overlaps(of(null, "2023-06")));
        assertTrue(Interval.of(d("2023-07")).overlaps(Interval.ALWAYS));
    }
}
