package org.entente.gateway.persisted;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AutomaticPersistedQueriesTest {

    private static String document(int i) {
        return "{ a" + i + ": __typename }" + " ".repeat(1_000);
    }

    /** Anyone can register documents: a flood of them stays within the bound, text sizes counted. */
    @Test
    void theRegisteredDocumentsStayWithinTheirBytes() {
        AutomaticPersistedQueries apq = new AutomaticPersistedQueries(64 * 1024);
        for (int i = 0; i < 1_000; i++) {
            apq.register(Sha256.hex(document(i)), document(i));
        }
        assertTrue(apq.bytes() <= 64 * 1024, "kept " + apq.bytes() + " bytes");
        int found = 0;
        for (int i = 0; i < 1_000; i++) {
            found += apq.find(Sha256.hex(document(i))).isPresent() ? 1 : 0;
        }
        assertTrue(found > 0 && found <= 64 * 1024 / 2_000, found + " documents kept");
    }
}
