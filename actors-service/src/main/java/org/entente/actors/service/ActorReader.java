package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.entente.actors.domain.ActorKind;
import org.entente.actors.domain.SearchText;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.ActorSearch;
import org.entente.subgraph.errors.ClientException;

/** Reads actors: one by id or handle, many by ids, pages of a search, the children of many parents. */
@ApplicationScoped
public class ActorReader {

    /** The largest page a client may ask for. */
    public static final int MAX_PAGE = 100;

    /** The longest search text: names are at most 300 characters, a longer text resembles none. */
    public static final int MAX_SEARCH = 500;

    @Inject
    ActorSearch search;

    /** The actor, or null when there is none; a merged actor as the actor it was merged into. */
    public ResolvedActor byId(Long id) {
        return redirected(ActorEntity.findById(id));
    }

    /** The actor, or null when there is none; a merged actor as the actor it was merged into. */
    public ResolvedActor byHandle(String handle) {
        return redirected(ActorEntity.findByHandle(handle));
    }

    /**
     * The actors with these ids, by id, merged ones as the actors they were merged into (one more
     * statement only when some were merged); an unknown id is absent.
     */
    public Map<Long, ResolvedActor> resolvedByIds(Collection<Long> ids) {
        Map<Long, ActorEntity> found = byIds(ids);
        Map<Long, ActorEntity> kept = byIds(found.values().stream()
                .map(actor -> actor.mergedInto)
                .filter(Objects::nonNull)
                .toList());
        Map<Long, ResolvedActor> resolved = new HashMap<>();
        found.forEach((id, actor) -> resolved.put(
                id,
                actor.mergedInto == null
                        ? new ResolvedActor(actor, null)
                        : new ResolvedActor(kept.get(actor.mergedInto), id)));
        return resolved;
    }

    private ResolvedActor redirected(ActorEntity actor) {
        if (actor == null) {
            return null;
        }
        return actor.mergedInto == null
                ? new ResolvedActor(actor, null)
                : new ResolvedActor(ActorEntity.findById(actor.mergedInto), actor.id);
    }

    /** The actors with these ids, by id, in one statement (none for no ids); an unknown id is absent. */
    public Map<Long, ActorEntity> byIds(Collection<Long> ids) {
        Map<Long, ActorEntity> byId = new HashMap<>();
        for (ActorEntity actor : ActorEntity.withIds(ids.stream().distinct().toList())) {
            byId.put(actor.id, actor);
        }
        return byId;
    }

    /**
     * {@code first} actors from {@code offset} on, of the given kinds (all when none; null kinds are
     * ignored), resembling {@code text} best first, or in name order without a text; and how many
     * match over all pages. BAD_USER_INPUT when {@code first} is not 0…{@link #MAX_PAGE} or the
     * text is longer than {@link #MAX_SEARCH}.
     */
    public ActorPage search(String text, List<ActorKind> kinds, int offset, int first) {
        if (first < 0 || first > MAX_PAGE) {
            throw ClientException.badInput("first must be between 0 and " + MAX_PAGE);
        }
        if (text != null && text.length() > MAX_SEARCH) {
            throw ClientException.badInput("search is longer than " + MAX_SEARCH + " characters");
        }
        String normalized = text == null ? "" : SearchText.normalize(text);
        String term = normalized.isEmpty() ? null : normalized;
        List<ActorKind> kindFilter = kinds == null
                ? List.of()
                : kinds.stream().filter(Objects::nonNull).distinct().toList();
        List<ActorEntity> page = first == 0 ? List.of() : search.page(term, kindFilter, offset, first);
        return new ActorPage(page, search.count(term, kindFilter));
    }

    /** The children of each of these actors, in name order, in one statement; an actor without any has none in the map. */
    public Map<Long, List<ActorEntity>> childrenOf(Collection<Long> parentIds) {
        return ActorEntity.childrenOf(parentIds.stream().distinct().toList()).stream()
                .collect(Collectors.groupingBy(child -> child.parentId));
    }
}
