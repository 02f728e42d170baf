package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.entente.actors.repository.DuplicateCandidateSearch;
import org.entente.actors.repository.DuplicateCandidateSearch.Dismissal;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.input.ClientText;

/** Records reviewers' decisions about duplicate candidates. */
@ApplicationScoped
public class DuplicateCandidateWriter {

    /** The longest reason a reviewer may give. */
    public static final int MAX_REASON = 1000;

    @Inject
    DuplicateCandidateSearch search;

    /**
     * Dismisses the pair {@code a}, {@code b} (in either order) by {@code by}: it is no longer a
     * candidate. Dismissing it again changes nothing (the first dismissal, its reason, who and when
     * stay). NOT_FOUND for an unknown actor, BAD_USER_INPUT for an actor paired with itself or a
     * reason longer than {@link #MAX_REASON}.
     */
    @Transactional
    public Dismissal dismiss(Long a, Long b, String reason, String by) {
        String cleanedReason = ClientText.optional(reason, "reason", MAX_REASON);
        Actors.require(a, "first");
        Actors.require(b, "second");
        if (a.equals(b)) {
            throw ClientException.badInput("a and b are the same actor " + a + ": a pair needs two actors");
        }
        long low = Math.min(a, b);
        long high = Math.max(a, b);
        search.dismiss(low, high, cleanedReason, by);
        return search.dismissal(low, high);
    }
}
