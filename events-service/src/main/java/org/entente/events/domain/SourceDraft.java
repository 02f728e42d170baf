package org.entente.events.domain;

import org.entente.dates.PartialDate;

/**
 * A source as a write asks for it; the writer checks it against its rules.
 *
 * @param retrievedAt an ISO-8601 date or timestamp with offset, as the client sent it; null: now
 */
public record SourceDraft(
        String key, String title, String url, Long publisherId, PartialDate publishedAt, String retrievedAt) {}
