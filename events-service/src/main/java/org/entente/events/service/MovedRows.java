package org.entente.events.service;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.entente.subgraph.history.Snapshot;

/**
 * What applying a merge changed here, kept with it (actor_merge_applied.moved) so that the unmerge
 * moves back exactly that: the participations and the statements-about that now name the kept actor
 * ({@code folded} when the kept actor had that one already, so the merged actor's was only
 * dropped), and the statements (as speaker, as reporter) and sources (as publisher) whose reference
 * changed.
 */
record MovedRows(
        List<Participation> participations,
        List<About> abouts,
        List<Long> spoken,
        List<Long> reported,
        List<Long> published) {

    /** A participation that named the merged actor: {@code id} its row, deleted (a new row names the kept actor unless folded). */
    record Participation(long id, long eventId, String role, boolean folded) {}

    /** A statement-about that named the merged actor, as {@link Participation}. */
    record About(long id, long statementId, boolean folded) {}

    static MovedRows empty() {
        return new MovedRows(
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    String toJson() {
        JsonArrayBuilder participationRows = Json.createArrayBuilder();
        participations.forEach(p -> participationRows.add(Json.createObjectBuilder()
                .add("id", p.id())
                .add("eventId", p.eventId())
                .add("role", p.role())
                .add("folded", p.folded())));
        JsonArrayBuilder aboutRows = Json.createArrayBuilder();
        abouts.forEach(a -> aboutRows.add(Json.createObjectBuilder()
                .add("id", a.id())
                .add("statementId", a.statementId())
                .add("folded", a.folded())));
        return Json.createObjectBuilder()
                .add("participations", participationRows)
                .add("abouts", aboutRows)
                .add("spoken", Json.createArrayBuilder(spoken))
                .add("reported", Json.createArrayBuilder(reported))
                .add("published", Json.createArrayBuilder(published))
                .build()
                .toString();
    }

    static MovedRows parse(String json) {
        JsonObject rows = Snapshot.parse(json).json();
        return new MovedRows(
                rows.getJsonArray("participations").getValuesAs(JsonObject.class).stream()
                        .map(p -> new Participation(
                                p.getJsonNumber("id").longValue(),
                                p.getJsonNumber("eventId").longValue(),
                                p.getString("role"),
                                p.getBoolean("folded")))
                        .toList(),
                rows.getJsonArray("abouts").getValuesAs(JsonObject.class).stream()
                        .map(a -> new About(
                                a.getJsonNumber("id").longValue(),
                                a.getJsonNumber("statementId").longValue(),
                                a.getBoolean("folded")))
                        .toList(),
                ids(rows, "spoken"),
                ids(rows, "reported"),
                ids(rows, "published"));
    }

    private static List<Long> ids(JsonObject rows, String field) {
        return rows.getJsonArray(field).getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue)
                .toList();
    }
}
