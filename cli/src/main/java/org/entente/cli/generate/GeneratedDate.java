package org.entente.cli.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * A partial date as the services store it: its canonical text (YYYY, YYYY-MM or YYYY-MM-DD),
 * the first and last day it covers and its precision code (1 = year, 2 = month, 3 = day).
 */
public record GeneratedDate(String text, LocalDate start, LocalDate end, short precision) {

    public static GeneratedDate year(int year) {
        return new GeneratedDate(
                String.format("%04d", year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), (short) 1);
    }

    public static GeneratedDate month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new GeneratedDate(String.format("%04d-%02d", year, month), ym.atDay(1), ym.atEndOfMonth(), (short) 2);
    }

    public static GeneratedDate day(LocalDate day) {
        return new GeneratedDate(day.toString(), day, day, (short) 3);
    }

    /**
     * A date on a day between {@code from} and {@code to} (inclusive), reported at day precision
     * with probability {@code dayShare}, month with {@code monthShare}, otherwise year — the mix of
     * precisions real sources give.
     */
    public static GeneratedDate between(
            SplittableRandom random, LocalDate from, LocalDate to, double dayShare, double monthShare) {
        long span = to.toEpochDay() - from.toEpochDay();
        LocalDate day = LocalDate.ofEpochDay(from.toEpochDay() + (span <= 0 ? 0 : random.nextLong(span + 1)));
        return atPrecision(random, day, dayShare, monthShare);
    }

    /** The given day, coarsened to month or year with the given shares. */
    public static GeneratedDate atPrecision(
            SplittableRandom random, LocalDate day, double dayShare, double monthShare) {
        double u = random.nextDouble();
        if (u < dayShare) {
            return day(day);
        }
        if (u < dayShare + monthShare) {
            return month(day.getYear(), day.getMonthValue());
        }
        return year(day.getYear());
    }
}
