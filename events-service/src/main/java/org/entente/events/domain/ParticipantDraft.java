package org.entente.events.domain;

/** An actor's part in an event, as a write asks for it. */
public record ParticipantDraft(Long actorId, ParticipantRole role) {}
