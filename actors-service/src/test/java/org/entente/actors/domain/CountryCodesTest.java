package org.entente.actors.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountryCodesTest {

    @Test
    void knowsCurrentCodes() {
        assertTrue(CountryCodes.isKnown("IRN"));
        assertTrue(CountryCodes.isKnown("RUS"));
        assertTrue(CountryCodes.isKnown("SRB"));
    }

    @Test
    void knowsWithdrawnCodes() {
        assertTrue(CountryCodes.isKnown("SUN"));
        assertTrue(CountryCodes.isKnown("YUG"));
        assertTrue(CountryCodes.isKnown("DDR"));
        assertTrue(CountryCodes.isKnown("CSK"));
    }

    @Test
    void rejectsUnassignedAndMalformedCodes() {
        assertFalse(CountryCodes.isKnown("XXX"));
        assertFalse(CountryCodes.isKnown("IR"));
        assertFalse(CountryCodes.isKnown("irn"));
        assertFalse(CountryCodes.isKnown("USSR"));
    }
}
