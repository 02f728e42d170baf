package org.entente.events.service;

import org.entente.subgraph.errors.ClientException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.entente.events.domain.SourceDraft;
import org.entente.events.domain.Text;
import org.entente.events.domain.UrlNormalizer;
import org.entente.events.repository.SourceEntity;
import org.entente.subgraph.sql.IdsCondition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.*;

/** Sources: the documents every event and statement cites. One source per (normalized) URL. */
@ApplicationScoped
public class SourceService {
    @Inject
    EditorGuard guard;
    @Inject
    ActorReferenceChecker actors;

    /** Returns the existing source when a source with the same normalized URL exists, unchanged. */
    @Transactional
    public SourceEntity addSource(SourceDraft draft) {
        guard.requireEditor();
        String title = Text.required(draft.title(), "title");
        String url = Text.optional(draft.url());
        String urlKey = url == null ? null : UrlNormalizer.normalize(url);
        String key = Text.optional(draft.key());
        if (key != null) {
            SourceEntity existing = SourceEntity.find("externalKey", key).firstResult();
            if (existing != null) return existing;
        }
        if (urlKey != null) {
            SourceEntity existing = SourceEntity.find("urlKey", urlKey).firstResult();
            if (existing != null) return existing;
        }
        SourceEntity source = new SourceEntity();
        source.title = title;
        source.url = url;
        source.urlKey = urlKey;
        source.externalKey = key;
        source.publishedAt = draft.publishedAt() == null ? null : draft.publishedAt().toString();
        source.retrievedAt = draft.retrievedAt() == null ? OffsetDateTime.now(ZoneOffset.UTC) : instant(draft.retrievedAt());
        source.publisherId = draft.publisherId();
        actors.requireExisting(Collections.singletonList(draft.publisherId()));
        UniqueInsert.persist(source, "a source with this key or URL");
        return source;
    }

    /** Refuses unless every id names a source. One statement. */
    void requireExisting(Collection<Long> sourceIds) {
        Set<Long> ids = new TreeSet<>(sourceIds);
        ids.removeAll(byIds(ids).keySet());
        if (!ids.isEmpty()) throw ClientException.badInput("unknown source id" + (ids.size() > 1 ? "s " : " ") + ids);
    }

    public Map<Long, SourceEntity> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        Map<Long, SourceEntity> byId = new HashMap<>();
        IdsCondition condition = IdsCondition.of("id", "ids", ids);
        SourceEntity.<SourceEntity>list(condition.hql(), condition.parameters()).forEach(s -> byId.put(s.id, s));
        return byId;
    }

    private static OffsetDateTime instant(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notATimestamp) {
            try {
                return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw ClientException.badInput("retrievedAt '" + text + "' is not an ISO-8601 date or timestamp with offset");
            }
        }
    }
}
