package org.entente.events.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * actors-service's answer to {@link ActorRepresentations}: {@code data._entities} with one entry
 * per representation, in their order, null for an actor it does not know; or {@code errors}.
 */
public record ActorEntities(Data data, List<Object> errors) {

    public record Data(@JsonProperty("_entities") List<Entity> entities) {}

    public record Entity(String id) {}

    /** Whether this answers each of {@code count} representations, without errors. */
    public boolean answers(int count) {
        return (errors == null || errors.isEmpty())
                && data != null
                && data.entities() != null
                && data.entities().size() == count;
    }

    /**
     * The actor that answers for the representation of {@code actorId} at {@code index} when it is
     * another one (the actor asked for was merged into it), else null; only for an answer that
     * {@link #answers} and {@link #knows} it.
     */
    public Long redirectedTo(int index, long actorId) {
        String id = data.entities().get(index).id();
        return id.equals(Long.toString(actorId)) ? null : Long.valueOf(id);
    }

    /** Whether actors-service knows the actor of the representation at {@code index}; only for an answer that {@link #answers}. */
    public boolean knows(int index) {
        return data.entities().get(index) != null;
    }
}
