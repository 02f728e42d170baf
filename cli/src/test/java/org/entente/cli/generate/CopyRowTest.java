package org.entente.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyRowTest {

    @Test
    void encodesFieldsTabSeparatedWithNullsAndDates() {
        CopyRow row = new CopyRow();
        String line = row.number(42)
                .text("Iran")
                .text(null)
                .date(LocalDate.of(2024, 1, 5))
                .date(null)
                .number((Long) null)
                .line();
        assertEquals("42\tIran\t\\N\t2024-01-05\t\\N\t\\N\n", line);
    }

    @Test
    void escapesBackslashTabAndLineBreaks() {
        String line = new CopyRow().text("a\\b\tc\nd\re").line();
        assertEquals("a\\\\b\\tc\\nd\\re\n", line);
    }

    @Test
    void encodesArraysAsQuotedLiteralsThenEscapesThemForCopy() {
        assertEquals("{\"12\",\"7\"}\n", new CopyRow().array(List.of("12", "7")).line());
        assertEquals("{}\n", new CopyRow().array(List.of()).line());
        // the element a"b\c becomes "a\"b\\c" in the array literal, then each backslash is doubled for COPY
        assertEquals(
                "{\"a\\\\\"b\\\\\\\\c\"}\n",
                new CopyRow().array(List.of("a\"b\\c")).line());
    }

    @Test
    void startsAFreshRowAfterEachLine() {
        CopyRow row = new CopyRow();
        row.number(1).text("x").line();
        assertEquals("2\ty\n", row.number(2).text("y").line());
    }
}
