package org.entente.actors.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.domain.DuplicateReason;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.DuplicateCandidateSearch.Row;

@Description("Two actors of one kind that may be one actor, for a reviewer to merge or dismiss "
        + "(dismissDuplicateCandidate). `a` has the smaller id.")
public class DuplicateCandidate {
    @NonNull
    public Actor a;

    @NonNull
    public Actor b;

    @NonNull
    @Description("0…1, higher is likelier; how it is made: Query.duplicateCandidates.")
    public double score;

    @NonNull
    @Description(
            "The evidence, in this order: SAME_NORMALIZED_NAME, ALIAS_OVERLAP, NAME_SIMILAR, SAME_KIND, SAME_COUNTRY, DIFFERENT_COUNTRY.")
    public List<@NonNull DuplicateReason> reasons;

    static DuplicateCandidate from(Row row, Map<Long, ActorEntity> actors) {
        DuplicateCandidate candidate = new DuplicateCandidate();
        candidate.a = Actor.from(actors.get(row.a()));
        candidate.b = Actor.from(actors.get(row.b()));
        candidate.score = row.score().doubleValue();
        List<DuplicateReason> reasons = new ArrayList<>();
        if (row.sameName()) {
            reasons.add(DuplicateReason.SAME_NORMALIZED_NAME);
        }
        if (row.aliasOverlap()) {
            reasons.add(DuplicateReason.ALIAS_OVERLAP);
        }
        if (row.nameSimilar()) {
            reasons.add(DuplicateReason.NAME_SIMILAR);
        }
        reasons.add(DuplicateReason.SAME_KIND);
        if (row.sameCountry()) {
            reasons.add(DuplicateReason.SAME_COUNTRY);
        }
        if (row.differentCountry()) {
            reasons.add(DuplicateReason.DIFFERENT_COUNTRY);
        }
        candidate.reasons = reasons;
        return candidate;
    }
}
