package org.entente.events.domain;

import java.util.List;
import org.entente.dates.PartialDate;

/**
 * A statement as a write asks for it; the writer checks it against its rules.
 *
 * @param aboutIds null: keep the current ones on update, none on create
 */
public record StatementDraft(
        String key,
        StatementKind kind,
        String text,
        Long speakerId,
        String speakerCapacity,
        PartialDate date,
        Long eventId,
        List<Long> aboutIds,
        Stance stance,
        Long reportedById,
        Long sourceId) {}
