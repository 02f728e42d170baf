package org.entente.cli.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * FtM's {@code country} values are ISO 3166-1 alpha-2 codes in lower case; Entente keeps
 * alpha-3 codes. Withdrawn codes (SUN) have no alpha-2 code in the JDK's table and give none.
 */
final class Countries {
    private static final Map<String, String> ALPHA2_BY_ALPHA3 = table();

    private Countries() {}

    static String alpha2(String alpha3) {
        return alpha3 == null ? null : ALPHA2_BY_ALPHA3.get(alpha3);
    }

    private static Map<String, String> table() {
        Map<String, String> table = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            table.put(new Locale("", alpha2).getISO3Country(), alpha2.toLowerCase(Locale.ROOT));
        }
        return table;
    }
}
