package org.entente.relations;

import org.entente.dates.PartialDate;

/** The bounds of the relationship queries (documented in relations.graphql). */
final class RelationLimits {

    static final int MAX_HOPS = 6;
    static final int MAX_DEPTH = 3;
    /** Most actors whose links one query reads (all layers together). */
    static final int MAX_ACTORS = 200;

    /** Most nodes a network may be asked for; its default (relations.graphql) is {@link #MAX_ACTORS}. */
    static final int MAX_NODES = 2000;

    static final int MAX_PATHS = 50;
    static final int MAX_IDS = 200;

    private RelationLimits() {}

    static void checkRange(String argument, int value, int min, int max) {
        if (value < min || value > max) {
            throw RelationsException.badInput(argument + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    /** Parses an optional PartialDate argument; BAD_USER_INPUT names the argument. */
    static PartialDate date(String argument, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return PartialDate.parse(value.toString());
        } catch (IllegalArgumentException e) {
            throw RelationsException.badInput(argument + ": " + e.getMessage());
        }
    }
}
