package org.entente.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.events.repository.SourceEntity;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.sql.IdsCondition;

/** Reads of sources: by id, and the sources each event cites. Every method costs one SQL statement. */
@ApplicationScoped
public class SourceReader {
    @Inject
    EntityManager em;

    /** The sources with these ids. An unknown id has no entry. */
    public Map<Long, SourceEntity> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        IdsCondition byId = IdsCondition.of("id", "ids", ids);
        return SourceEntity.<SourceEntity>list(byId.hql(), byId.parameters()).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
    }

    /** The sources each event cites, in the order they were attached. */
    public Map<Long, List<SourceEntity>> citedBy(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        IdsCondition condition = IdsCondition.of("es.eventId", "ids", eventIds);
        TypedQuery<Object[]> query = em.createQuery(
                "select es.eventId, s from EventSourceEntity es, SourceEntity s where s.id = es.sourceId and "
                        + condition.hql() + " order by es.id",
                Object[].class);
        condition.parameters().forEach(query::setParameter);
        return query.getResultList().stream()
                .collect(Collectors.groupingBy(
                        row -> (Long) row[0], Collectors.mapping(row -> (SourceEntity) row[1], Collectors.toList())));
    }

    /** Refuses with BAD_USER_INPUT, naming them, unless every id names a source: what a write may cite. */
    void requireExisting(Collection<Long> sourceIds) {
        Set<Long> unknown = new TreeSet<>(sourceIds);
        unknown.removeAll(byIds(unknown).keySet());
        if (!unknown.isEmpty()) {
            throw ClientException.badInput("unknown source id" + (unknown.size() > 1 ? "s " : " ") + unknown);
        }
    }
}
