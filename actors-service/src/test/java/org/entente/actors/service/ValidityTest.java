package org.entente.actors.service;

import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.errors.ErrorCode;
import org.entente.dates.PartialDate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidityTest {

    private static Validity of(String since, String until) {
        return new Validity(PartialDate.parseNullable(since), PartialDate.parseNullable(until));
    }

    @Test
    void untilMayNotEndBeforeSinceStarts() {
        ClientException e = assertThrows(ClientException.class, () -> of("2010", "2009-12"));
        assertEquals(ErrorCode.BAD_USER_INPUT, e.code());
        // A coarser until that still covers since is fine: "from May 2007 until (sometime in) 2007".
        of("2007-05", "2007");
        of("2007-05-10", "2007-05-10");
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
        assertTrue(of("2020", null).overlaps(of(null, null)));
    }
}
