package org.entente.actors.domain;

import java.util.List;
import org.entente.dates.PartialDate;

/** What adding a position asks for; the writer checks it against the actors it names. */
public record PositionDraft(
        Long holderId,
        Long organizationId,
        String title,
        PartialDate since,
        PartialDate until,
        List<String> sourceIds) {}
