package org.entente.cli.generate;

import java.util.Locale;

/**
 * How many rows of each kind a run generates, and the id ranges of the actor kinds (ids are
 * contiguous from 1: states, then organizations, then media, then persons).
 */
public record Scale(int actors, int events, int statements, int states, int organizations, int media, int sources) {

    /** ISO 3166-1 alpha-3 codes known to the JDK, the same list actors-service validates against. */
    static final String[] COUNTRY_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream()
            .sorted()
            .toArray(String[]::new);

    public static Scale of(int actors, int events, int statements) {
        if (actors < 20) {
            throw new IllegalArgumentException("--actors must be at least 20, got " + actors);
        }
        if (events < 0 || statements < 0) {
            throw new IllegalArgumentException("--events and --statements must not be negative");
        }
        int states = Math.min(COUNTRY_CODES.length, Math.max(2, actors / 50));
        int organizations = Math.max(4, actors * 4 / 100);
        int media = Math.max(1, actors / 100);
        int sources = Math.max(100, events / 4 + statements / 10);
        return new Scale(actors, events, statements, states, organizations, media, sources);
    }

    public int persons() {
        return actors - states - organizations - media;
    }

    public long firstOrganization() {
        return states + 1L;
    }

    public long firstMedia() {
        return (long) states + organizations + 1;
    }

    public long firstPerson() {
        return (long) states + organizations + media + 1;
    }
}
