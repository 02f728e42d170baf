package org.entente.events;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.util.List;

/** The {@code representations} variable a gateway sends to {@code _entities}. */
public final class Representations {
    public static final String ENTITIES_QUERY = "query($representations: [_Any!]!) { _entities(representations: $representations) { %s } }";

    private Representations() {
    }

    public static JsonObject of(String typename, List<Long> ids) {
        JsonArrayBuilder representations = Json.createArrayBuilder();
        ids.forEach(id -> representations.add(Json.createObjectBuilder().add("__typename", typename).add("id", id.toString())));
        return Json.createObjectBuilder().add("representations", representations).build();
    }
}
