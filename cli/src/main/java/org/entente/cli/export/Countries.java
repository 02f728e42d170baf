package org.entente.cli.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * FtM's {@code country} values are ISO 3166-1 alpha-2 codes in lower case; Entente keeps
 * alpha-3 codes. Withdrawn codes (SUN) have no alpha-2 code in the JDK's table and give none, and
 * FtM's own codes for places without one (its {@code suhh}, {@code zz} …) give no alpha-3 code.
 */
public final class Countries {
    private static final Map<String, String> ALPHA2_BY_ALPHA3 = table();

    private Countries() {}

    public static String alpha2(String alpha3) {
        return alpha3 == null ? null : ALPHA2_BY_ALPHA3.get(alpha3);
    }

    /** The alpha-3 code of an FtM country (alpha-2, any case), or null when ISO 3166-1 has none. */
    public static String alpha3(String alpha2) {
        if (alpha2 == null) {
            return null;
        }
        String code = alpha2.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> entry : ALPHA2_BY_ALPHA3.entrySet()) {
            if (entry.getValue().equals(code)) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static Map<String, String> table() {
        Map<String, String> table = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            table.put(new Locale("", alpha2).getISO3Country(), alpha2.toLowerCase(Locale.ROOT));
        }
        return table;
    }
}
