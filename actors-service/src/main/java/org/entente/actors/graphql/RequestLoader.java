package org.entente.actors.graphql;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.DatedFact;
import org.entente.actors.repository.FactWithActor;
import org.entente.actors.repository.MembershipEntity;
import org.entente.actors.repository.PositionEntity;
import org.entente.actors.service.ActorReader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Per-request batching for Actor fields that take arguments. It remembers every actor the
 * request has produced; the first time a field is asked for one of them with some arguments,
 * it loads that field for all of them in one statement and serves the rest from memory.
 * (SmallRye's {@code @Source List} batching would serve two aliases of the same field with
 * different arguments from one cache entry, so it is used only for fields without arguments.)
 *
 * <p>The actors that facts refer to (a membership's organization, a position's holder) form a
 * second group: a field asked for one of them loads for that group only. In one group, a state's
 * eight thousand office holders would make every later field of the request load for them all.
 */
@RequestScoped
public class RequestLoader {

    @Inject
    ActorReader reader;

    private final Set<Long> actorsInRequest = new LinkedHashSet<>();
    private final Set<Long> referencedInRequest = new LinkedHashSet<>();
    private final Map<Object, Map<Long, List<?>>> loadedByQuery = new HashMap<>();
    private final ReferencedActors referenced = new ReferencedActors(this::referencedById);

    /** Maps and remembers an actor, so that later field loads include it. */
    public synchronized Actor actor(ActorEntity entity) {
        Actor actor = Actor.from(entity);
        if (actor != null) {
            actorsInRequest.add(actor.id);
            referenced.known(actor);
        }
        return actor;
    }

    /**
     * The facts of rows that were read with the actor on their other side: those actors join the
     * request's referenced actors (see the class comment), so no statement loads them again.
     */
    <F extends DatedFact> List<F> withActors(List<FactWithActor<F>> rows) {
        for (FactWithActor<F> row : rows) {
            ActorEntity entity = row.actor;
            synchronized (this) {
                if (referenced.knows(entity.id)) continue; // an organization repeats over its facts
                referencedInRequest.add(entity.id);
            }
            referenced.known(Actor.from(entity));
        }
        return rows.stream().map(row -> row.fact).toList();
    }

    /** Memberships with their member and organization loaded (one statement for the actors not yet known). */
    List<Membership> memberships(List<MembershipEntity> entities) {
        List<Membership> memberships = entities.stream().map(e -> Membership.from(e, referenced)).toList();
        referenced.loadAnnounced();
        return memberships;
    }

    /** Positions with their holder and organization loaded (one statement for the actors not yet known). */
    List<Position> positions(List<PositionEntity> entities) {
        List<Position> positions = entities.stream().map(e -> Position.from(e, referenced)).toList();
        referenced.loadAnnounced();
        return positions;
    }

    /** The actors with the given ids, in one statement. */
    public Map<Long, Actor> actorsById(Collection<Long> ids) {
        Map<Long, Actor> byId = new HashMap<>();
        for (ActorEntity entity : reader.byIds(ids).values()) byId.put(entity.id, actor(entity));
        return byId;
    }

    private synchronized Map<Long, Actor> referencedById(Collection<Long> ids) {
        Map<Long, Actor> byId = new HashMap<>();
        for (ActorEntity entity : reader.byIds(ids).values()) {
            byId.put(entity.id, Actor.from(entity));
            referencedInRequest.add(entity.id);
        }
        return byId;
    }

    /**
     * The rows of {@code query} for one actor. {@code query} is any value that identifies the
     * field and its arguments; {@code loader} loads it for a list of actor ids at once.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> List<T> load(Object query, Long actorId, Function<List<Long>, List<T>> loader, Function<T, Long> actorIdOf) {
        Map<Long, List<?>> loaded = loadedByQuery.computeIfAbsent(query, q -> new HashMap<>());
        if (!loaded.containsKey(actorId)) {
            Set<Long> group = referencedInRequest.contains(actorId) && !actorsInRequest.contains(actorId)
                    ? referencedInRequest : actorsInRequest;
            List<Long> pending = new ArrayList<>(group.stream().filter(id -> !loaded.containsKey(id)).toList());
            if (!pending.contains(actorId)) pending.add(actorId);
            Map<Long, List<T>> found = loader.apply(pending).stream().collect(Collectors.groupingBy(actorIdOf));
            for (Long id : pending) loaded.put(id, found.getOrDefault(id, List.of()));
        }
        return (List<T>) loaded.get(actorId);
    }
}
