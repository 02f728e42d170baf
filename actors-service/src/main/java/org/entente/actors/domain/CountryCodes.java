package org.entente.actors.domain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-3 codes: the current ones (from the JDK) plus the codes of countries that
 * no longer exist (ISO 3166-3), because history needs the Soviet Union (SUN) or Yugoslavia (YUG).
 */
public final class CountryCodes {

    /** Alpha-3 codes withdrawn from ISO 3166-1 and not reassigned. */
    static final Set<String> WITHDRAWN = Set.of(
            "AFI", // French Afars and Issas
            "ANT", // Netherlands Antilles
            "ATB", // British Antarctic Territory
            "ATN", // Dronning Maud Land
            "BUR", // Burma
            "BYS", // Byelorussian SSR
            "CSK", // Czechoslovakia
            "CTE", // Canton and Enderbury Islands
            "DDR", // German Democratic Republic
            "DHY", // Dahomey
            "GEL", // Gilbert and Ellice Islands
            "HVO", // Upper Volta
            "JTN", // Johnston Island
            "MID", // Midway Islands
            "NHB", // New Hebrides
            "NTZ", // Neutral Zone
            "PCI", // Pacific Islands (Trust Territory)
            "PCZ", // Panama Canal Zone
            "PUS", // US Miscellaneous Pacific Islands
            "RHO", // Southern Rhodesia
            "SCG", // Serbia and Montenegro
            "SKM", // Sikkim
            "SUN", // USSR
            "TMP", // East Timor
            "VDR", // Viet-Nam, Democratic Republic of
            "WAK", // Wake Island
            "YMD", // Yemen, Democratic
            "YUG", // Yugoslavia
            "ZAR" // Zaire
            );

    private static final Set<String> KNOWN = known();

    private CountryCodes() {}

    public static boolean isKnown(String code) {
        return KNOWN.contains(code);
    }

    private static Set<String> known() {
        Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        codes.addAll(WITHDRAWN);
        return Set.copyOf(codes);
    }
}
