package org.entente.actors.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import org.entente.actors.domain.ActorKind;

/**
 * Pages of actors, optionally filtered by kinds and by a search term. The term (already in
 * SearchText form) matches when it is trigram-similar to some part of a name or alias
 * (pg_trgm word similarity, GIN-indexed); results rank by that similarity, best first.
 * Without a term, actors come in name order.
 */
@ApplicationScoped
public class ActorSearch {

    @Inject
    EntityManager em;

    public List<ActorEntity> page(String term, Collection<ActorKind> kinds, int offset, int limit) {
        String order = term == null
                ? " ORDER BY a.name, a.id"
                : " ORDER BY word_similarity(:term, a.search_text) DESC, similarity(:term, a.search_text) DESC, a.name, a.id";
        Query query = em.createNativeQuery(
                "SELECT a.* FROM actor a" + where(term, kinds) + order + " LIMIT :limit OFFSET :offset",
                ActorEntity.class);
        bind(query, term, kinds);
        query.setParameter("limit", limit).setParameter("offset", offset);
        @SuppressWarnings("unchecked")
        List<ActorEntity> page = query.getResultList();
        return page;
    }

    public long count(String term, Collection<ActorKind> kinds) {
        Query query = em.createNativeQuery("SELECT count(*) FROM actor a" + where(term, kinds), Long.class);
        bind(query, term, kinds);
        return (Long) query.getSingleResult();
    }

    private static String where(String term, Collection<ActorKind> kinds) {
        // merged actors are answered by the actor they were merged into, never listed
        StringBuilder where = new StringBuilder(" WHERE a.merged_into IS NULL");
        if (term != null) {
            where.append(" AND :term <% a.search_text");
        }
        if (!kinds.isEmpty()) {
            where.append(" AND a.kind IN (:kinds)");
        }
        return where.toString();
    }

    private static void bind(Query query, String term, Collection<ActorKind> kinds) {
        if (term != null) {
            query.setParameter("term", term);
        }
        if (!kinds.isEmpty()) {
            query.setParameter("kinds", kinds.stream().map(Enum::name).toList());
        }
    }
}
