package org.entente.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratedDateTest {

    @Test
    void eachPrecisionCoversItsInterval() {
        assertEquals(
                new GeneratedDate("2007", LocalDate.of(2007, 1, 1), LocalDate.of(2007, 12, 31), (short) 1),
                GeneratedDate.year(2007));
        assertEquals(
                new GeneratedDate("2024-02", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), (short) 2),
                GeneratedDate.month(2024, 2));
        LocalDate day = LocalDate.of(2005, 6, 15);
        assertEquals(new GeneratedDate("2005-06-15", day, day, (short) 3), GeneratedDate.day(day));
    }

    @Test
    void randomDatesStayInRangeAndMixPrecisionsInTheGivenShares() {
        SplittableRandom random = new SplittableRandom(11);
        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = LocalDate.of(2001, 12, 31);
        int[] byPrecision = new int[4];
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            GeneratedDate date = GeneratedDate.between(random, from, to, 0.5, 0.3);
            byPrecision[date.precision()]++;
            assertFalse(date.start().isAfter(date.end()));
            assertTrue(date.start().getYear() >= 2000 && date.end().getYear() <= 2001, date.text());
            assertTrue(date.text().matches("\\d{4}(-\\d{2}(-\\d{2})?)?"), date.text());
            assertEquals(date.text().length(), new int[] {0, 4, 7, 10}[date.precision()]);
        }
        assertEquals(0.5, byPrecision[3] / (double) n, 0.02);
        assertEquals(0.3, byPrecision[2] / (double) n, 0.02);
        assertEquals(0.2, byPrecision[1] / (double) n, 0.02);
    }

    @Test
    void coarseningKeepsTheDayInsideTheInterval() {
        SplittableRandom random = new SplittableRandom(5);
        LocalDate day = LocalDate.of(1999, 12, 31);
        for (int i = 0; i < 100; i++) {
            GeneratedDate date = GeneratedDate.atPrecision(random, day, 0.3, 0.3);
            assertFalse(day.isBefore(date.start()));
            assertFalse(day.isAfter(date.end()));
        }
    }
}
