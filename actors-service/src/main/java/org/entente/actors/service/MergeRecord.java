package org.entente.actors.service;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.entente.subgraph.history.ChangedEntity;
import org.entente.subgraph.history.Snapshot;

/**
 * Everything a merge changed, kept with it (actor_merge.moved) so that an unmerge restores exactly
 * that: the aliases it gave the kept actor, the rows it made refer to the kept actor instead of the
 * merged one, and the rows it folded into an equal row of the kept actor (deleted, with their values).
 */
record MergeRecord(List<String> addedAliases, List<Moved> moved, List<Folded> folded) {

    /** A field of a row ({@code memberId}, {@code organizationId}, {@code holderId}, {@code parentId}, {@code mergedInto}) that named the merged actor. */
    record Moved(ChangedEntity type, long id, String field) {}

    /**
     * A row equal to one of the kept actor's once moved, deleted: {@code row} its values, {@code into}
     * the row that stands for both now, which gained {@code addedSourceIds}.
     */
    record Folded(ChangedEntity type, long id, Snapshot row, long into, List<String> addedSourceIds) {}

    static MergeRecord empty() {
        return new MergeRecord(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    String toJson() {
        JsonArrayBuilder moves = Json.createArrayBuilder();
        moved.forEach(m -> moves.add(Json.createObjectBuilder()
                .add("type", m.type().name())
                .add("id", m.id())
                .add("field", m.field())));
        JsonArrayBuilder folds = Json.createArrayBuilder();
        folded.forEach(f -> folds.add(Json.createObjectBuilder()
                .add("type", f.type().name())
                .add("id", f.id())
                .add("row", f.row().json())
                .add("into", f.into())
                .add("addedSourceIds", Json.createArrayBuilder(f.addedSourceIds()))));
        return Json.createObjectBuilder()
                .add("addedAliases", Json.createArrayBuilder(addedAliases))
                .add("moved", moves)
                .add("folded", folds)
                .build()
                .toString();
    }

    static MergeRecord parse(String json) {
        JsonObject record = Snapshot.parse(json).json();
        List<Moved> moved = record.getJsonArray("moved").getValuesAs(JsonObject.class).stream()
                .map(m -> new Moved(
                        ChangedEntity.valueOf(m.getString("type")),
                        m.getJsonNumber("id").longValue(),
                        m.getString("field")))
                .toList();
        List<Folded> folded = record.getJsonArray("folded").getValuesAs(JsonObject.class).stream()
                .map(f -> new Folded(
                        ChangedEntity.valueOf(f.getString("type")),
                        f.getJsonNumber("id").longValue(),
                        new Snapshot(f.getJsonObject("row")),
                        f.getJsonNumber("into").longValue(),
                        texts(f.getJsonArray("addedSourceIds"))))
                .toList();
        return new MergeRecord(texts(record.getJsonArray("addedAliases")), moved, folded);
    }

    private static List<String> texts(List<JsonValue> values) {
        return values.stream().map(v -> ((JsonString) v).getString()).toList();
    }
}
