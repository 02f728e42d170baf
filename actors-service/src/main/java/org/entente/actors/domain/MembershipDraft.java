package org.entente.actors.domain;

import java.util.List;
import org.entente.dates.PartialDate;

/** What adding a membership asks for; the writer checks it against the actors and the memberships already there. */
public record MembershipDraft(
        Long memberId,
        Long organizationId,
        MembershipRole role,
        PartialDate since,
        PartialDate until,
        List<String> sourceIds) {}
