package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.entente.actors.repository.DuplicateCandidateSearch;
import org.entente.actors.repository.DuplicateCandidateSearch.After;
import org.entente.actors.repository.DuplicateCandidateSearch.Row;
import org.entente.subgraph.errors.ClientException;

/**
 * Pages of duplicate candidates with the actors they name: four statements per page whatever its
 * size (the queue, its length, the pairs, their actors), after finding the pairs of the actors changed
 * most recently, so that an edit shows in the next page.
 */
@ApplicationScoped
public class DuplicateCandidateReader {

    /** The largest page a client may ask for. */
    public static final int MAX_PAGE = 100;

    /**
     * How many queued actors a page checks before it is read, newest first; the rest are left to the
     * background checks ({@link DuplicateCandidateChecks}) and counted in the page's {@code pending}.
     */
    static final int CHECKS_PER_PAGE = 500;

    /** The score a pair needs when the client names none. */
    public static final double DEFAULT_MIN_SCORE = 0.5;

    @Inject
    DuplicateCandidateSearch search;

    @Inject
    ActorReader actors;

    @Inject
    DuplicateCandidateChecks checks;

    /**
     * {@code first} pairs after {@code after}, scoring at least {@code minScore} (0…1; null: {@link
     * #DEFAULT_MIN_SCORE}), only those with {@code actor} when not null. BAD_USER_INPUT for a
     * {@code first} outside 0…{@link #MAX_PAGE} or a {@code minScore} outside 0…1.
     */
    @Transactional
    public DuplicateCandidatePage page(Long actor, Double minScore, After after, int first) {
        if (first < 0 || first > MAX_PAGE) {
            throw ClientException.badInput("first must be between 0 and " + MAX_PAGE);
        }
        double min = minScore == null ? DEFAULT_MIN_SCORE : minScore;
        if (!(min >= 0 && min <= 1)) {
            throw ClientException.badInput("minScore must be between 0 and 1");
        }
        if (first == 0) {
            return new DuplicateCandidatePage(List.of(), java.util.Map.of(), false, search.pending());
        }
        checks.checkRecent(CHECKS_PER_PAGE);
        long pending = search.pending();
        List<Row> rows = search.page(actor, BigDecimal.valueOf(min), after, first + 1);
        boolean more = rows.size() > first;
        List<Row> pairs = more ? rows.subList(0, first) : rows;
        List<Long> ids = new ArrayList<>(pairs.size() * 2);
        for (Row pair : pairs) {
            ids.add(pair.a());
            ids.add(pair.b());
        }
        return new DuplicateCandidatePage(List.copyOf(pairs), actors.byIds(ids), more, pending);
    }
}
