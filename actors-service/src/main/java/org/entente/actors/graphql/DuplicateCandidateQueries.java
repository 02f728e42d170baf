package org.entente.actors.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.entente.actors.repository.DuplicateCandidateSearch;
import org.entente.actors.service.DuplicateCandidateReader;

/** Query.duplicateCandidates. */
@GraphQLApi
public class DuplicateCandidateQueries {

    @Inject
    DuplicateCandidateReader reader;

    @Query
    @Description("Pairs of actors that may be one actor, best first (then by the ids of `a` and `b`), each pair once "
            + "(`a` has the smaller id) and never a pair a reviewer dismissed (dismissDuplicateCandidate). Only actors "
            + "of the same kind are paired (a person is never a candidate for an organization), and only when their "
            + "names, normalized as `actors(search:)` does (case, accents, punctuation, Cyrillic transliteration), are "
            + "trigram-similar (pg_trgm similarity at least " + DuplicateCandidateSearch.SIMILARITY_THRESHOLD
            + ") or a name or alias of one is a name or alias of the other. "
            + "The score (0…1) is 0.8 × name + 0.1 (SAME_KIND) + country, where name is 1 for SAME_NORMALIZED_NAME, "
            + "else the larger of 0.9 for ALIAS_OVERLAP and the names' trigram similarity (NAME_SIMILAR), and country "
            + "is +0.1 for SAME_COUNTRY, -0.2 for DIFFERENT_COUNTRY (both have a countryCode and they differ), else 0; "
            + "rounded to 4 decimals. So \"Andrei Kartapolov\" and \"Andrey Kartapolov\" score about 0.74 (0.84 in one "
            + "country), while Iran and Iraq (similarity 0.43) are not paired at all. `minScore` is 0…1 (default "
            + DuplicateCandidateReader.DEFAULT_MIN_SCORE
            + "); `first` is 0…" + DuplicateCandidateReader.MAX_PAGE + "; with `actor`, only the pairs that include "
            + "that actor. The pairs are kept up to date as actors change (index lookups from each changed actor, never "
            + "a comparison of all actors with all; `pendingChecks` counts the actors not checked yet), so a page "
            + "reads them in order whatever the number of actors, and a cursor stays valid when pairs before it are "
            + "dismissed.")
    public @NonNull DuplicateCandidateConnection duplicateCandidates(
            @DefaultValue("20") int first, String after, Double minScore, @Id Long actor) {
        return DuplicateCandidateConnection.from(
                reader.page(actor, minScore, DuplicateCursor.after(after), first), after != null);
    }
}
