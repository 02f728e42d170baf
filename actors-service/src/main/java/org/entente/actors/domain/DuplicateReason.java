package org.entente.actors.domain;

import org.eclipse.microprofile.graphql.Description;

/** Why two actors may be one: the evidence a duplicate candidate's score is made of. */
@Description("Evidence that two actors may be one; see Query.duplicateCandidates for how each counts in the score.")
public enum DuplicateReason {
    @Description("The names are equal after lower-casing, Cyrillic transliteration, removing accents and punctuation.")
    SAME_NORMALIZED_NAME,
    @Description("An alias of one equals (normalized) the name or an alias of the other.")
    ALIAS_OVERLAP,
    @Description("The normalized names are trigram-similar (pg_trgm similarity at least 0.5), but not equal.")
    NAME_SIMILAR,
    @Description("Both are of the same kind (every candidate: actors of different kinds are never paired).")
    SAME_KIND,
    @Description("Both have the same countryCode.")
    SAME_COUNTRY,
    @Description("Both have a countryCode, and they differ (counts against the pair).")
    DIFFERENT_COUNTRY
}
