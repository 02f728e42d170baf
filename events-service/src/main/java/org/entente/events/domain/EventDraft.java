package org.entente.events.domain;

import java.util.List;
import org.entente.dates.PartialDate;

/**
 * An event as a write asks for it; the writer checks it against its rules.
 *
 * @param participants null: keep the current ones on update, none on create
 * @param sourceIds    null: keep the current ones on update, refused on create
 */
public record EventDraft(
        String key,
        EventType type,
        String title,
        String summary,
        PartialDate date,
        PartialDate endDate,
        String location,
        List<ParticipantDraft> participants,
        List<Long> sourceIds) {}
