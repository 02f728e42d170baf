package org.entente.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FtmCanonicalTest {
    private static final String EXPORT = """
            {"id":"entente-actor-1","schema":"PublicBody","properties":{"name":["Iran"],"alias":["B","A"]}}
            {"id":"entente-actor-2","schema":"Organization","properties":{"name":["CSTO"]}}
            {"id":"entente-actor-3","schema":"Person","properties":{"name":["Bordyuzha"]}}
            {"id":"entente-position-2-ab","schema":"Position","properties":{"name":["Secretary General"],"organization":["entente-actor-2"]}}
            {"id":"entente-occupancy-9","schema":"Occupancy","properties":{"holder":["entente-actor-3"],"post":["entente-position-2-ab"],"startDate":["2003"]}}
            {"id":"entente-membership-4","schema":"Membership","properties":{"member":["entente-actor-1"],"organization":["entente-actor-2"],"role":["INVITED"],"startDate":["2007-05"]}}
            """;

    @Test
    void idsAndOrderDoNotCountAndReferencesAreByName() throws Exception {
        String renumbered = EXPORT.replace("entente-actor-1", "entente-actor-71")
                .replace("entente-membership-4", "entente-membership-5")
                .replace("\"B\",\"A\"", "\"A\",\"B\"");
        List<String> lines = FtmCanonical.of(EXPORT);

        assertEquals(lines, FtmCanonical.of(renumbered));
        assertEquals(
                "Membership {member=[PublicBody:Iran], organization=[Organization:CSTO], role=[INVITED],"
                        + " startDate=[2007-05]}",
                lines.get(0));
        assertEquals(
                "Occupancy {holder=[Person:Bordyuzha], post=[Position:Secretary General of Organization:CSTO],"
                        + " startDate=[2003]}",
                lines.get(1));
    }

    @Test
    void aDifferentDateRoleOrMemberIsADifferentGraph() throws Exception {
        List<String> lines = FtmCanonical.of(EXPORT);

        assertNotEquals(lines, FtmCanonical.of(EXPORT.replace("\"2007-05\"", "\"2007\"")));
        assertNotEquals(lines, FtmCanonical.of(EXPORT.replace("INVITED", "MEMBER")));
        assertNotEquals(
                lines,
                FtmCanonical.of(
                        EXPORT.replace("\"member\":[\"entente-actor-1\"]", "\"member\":[\"entente-actor-3\"]")));
    }
}
