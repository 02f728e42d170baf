package org.entente.actors.domain;

import org.entente.dates.PartialDate;

import java.util.List;

/** What adding a position asks for; the writer checks it against the actors it names. */
public record PositionDraft(Long holderId, Long organizationId, String title, PartialDate since, PartialDate until,
                            List<String> sourceIds) {
}
