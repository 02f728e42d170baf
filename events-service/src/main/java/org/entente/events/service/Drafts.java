package org.entente.events.service;

import java.util.List;

/** What a write asks for, as the client sent it; the services validate it. Dates are PartialDate text. */
public final class Drafts {
    private Drafts() {
    }

    public record SourceDraft(String key, String title, String url, Long publisherId, String publishedAt, String retrievedAt) {
    }

    public record ParticipantDraft(Long actorId, ParticipantRole role) {
    }

    /** {@code participants} / {@code sourceIds} null: keep the current ones on update, none / refused on create. */
    public record EventDraft(String key, EventType type, String title, String summary, String date, String endDate,
                             String location, List<ParticipantDraft> participants, List<Long> sourceIds) {
    }

    /** {@code aboutIds} null: keep the current ones on update, none on create. */
    public record StatementDraft(String key, StatementKind kind, String text, Long speakerId, String speakerCapacity,
                                 String date, Long eventId, List<Long> aboutIds, Stance stance, Long reportedById,
                                 Long sourceId) {
    }
}
