package org.entente.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    private static PartialDate d(String text) {
        return PartialDate.parse(text);
    }

    @ParameterizedTest
    @CsvSource({
        "2005,       2005-01-01, 2005-12-31, YEAR",
        "2007-05,    2007-05-01, 2007-05-31, MONTH",
        "2024-02,    2024-02-01, 2024-02-29, MONTH",
        "2023-02,    2023-02-01, 2023-02-28, MONTH",
        "2024-01-01, 2024-01-01, 2024-01-01, DAY",
        "2024-02-29, 2024-02-29, 2024-02-29, DAY",
        "0800,       0800-01-01, 0800-12-31, YEAR",
        "0001,       0001-01-01, 0001-12-31, YEAR",
        "9999-12,    9999-12-01, 9999-12-31, MONTH",
    })
    void aPartialDateIsTheIntervalItCovers(
            String text, LocalDate start, LocalDate end, PartialDate.Precision precision) {
        PartialDate date = d(text);
        assertEquals(start, date.start());
        assertEquals(end, date.end());
        assertEquals(precision, date.precision());
        assertEquals(text, date.toString(), "the canonical text is the parsed text");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "05",
                "07",
                "20051",
                "2005-5",
                "2005-1",
                "2005-13",
                "2005-00",
                "2023-02-29",
                "2024-04-31",
                "2007-02-30",
                "2024-01-00",
                "0000",
                "0000-01-01",
                "2024/01/01",
                "2005/01",
                "2024-01-01T00:00",
                " 2024",
                "2024-01-01 ",
                "MMXXIV",
                "May 2007",
                "2024-W01",
                "+2024",
                "-0044",
                "１９９９"
            })
    void refusesWhatIsNotARealPartialDateQuotingIt(String text) {
        InvalidPartialDateException e = assertThrows(InvalidPartialDateException.class, () -> d(text));
        assertTrue(e.getMessage().startsWith("'" + text + "' is not a PartialDate"), e.getMessage());
        assertFalse(PartialDate.isValid(text));
    }

    @Test
    void nullIsRefusedByParseAndKeptByParseNullable() {
        assertThrows(InvalidPartialDateException.class, () -> d(null));
        assertNull(PartialDate.parseNullable(null));
        assertEquals(d("2007"), PartialDate.parseNullable("2007"));
        assertFalse(PartialDate.isValid(null));
    }

    @Test
    void ordersByStartThenCoarserFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(
                d("2007-05-01"), d("2008"), d("2007-05"), d("2007"), d("2006-12-31"), d("2007-01"), d("2007-05-02")));
        Collections.shuffle(dates, new Random(7));
        Collections.sort(dates);
        assertEquals("[2006-12-31, 2007, 2007-01, 2007-05, 2007-05-01, 2007-05-02, 2008]", dates.toString());
    }

    @Test
    void equalityIsTheSameIntervalAndPrecision() {
        assertEquals(d("2007-05"), d("2007-05"));
        assertEquals(d("2007-05").hashCode(), d("2007-05").hashCode());
        assertNotEquals(d("2007-05"), d("2007-05-01"));
        assertNotEquals(d("2007"), d("2007-01"));
        assertEquals(0, d("2007-05").compareTo(d("2007-05")));
    }

    @Test
    void precisionCodesGrowFromYearToDay() {
        assertEquals(1, PartialDate.Precision.YEAR.code());
        assertEquals(2, PartialDate.Precision.MONTH.code());
        assertEquals(3, PartialDate.Precision.DAY.code());
    }

    @Test
    void overlapsWhenTheIntervalsShareADay() {
        assertTrue(d("2007").overlaps(d("2007-12-31")));
        assertTrue(d("2007-05").overlaps(d("2007")));
        assertFalse(d("2007-05").overlaps(d("2007-06-01")));
        assertFalse(d("2006").overlaps(d("2007-01")));
    }

    @Test
    void beginsByKeepsWhatBeganByTheEndOfTheOtherDate() {
        assertTrue(d("2022-12-31").beginsBy(d("2022")));
        assertFalse(d("2023-01-01").beginsBy(d("2022")));
        assertTrue(d("2022").beginsBy(d("2022-06")), "a coarser date that begins before the other ends");
        assertTrue(d("2021").beginsBy(d("2022-06")));
    }
}
