package org.entente.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import org.entente.events.domain.SourceDraft;
import org.entente.events.domain.UrlNormalizer;
import org.entente.events.repository.SourceEntity;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.history.ChangedEntity;
import org.entente.subgraph.input.ClientInstant;
import org.entente.subgraph.input.ClientText;

/**
 * Adding sources, the documents every event and statement cites. Rules: a title, an absolute
 * http(s) URL when there is one, a publisher that actors-service knows. One source per key and
 * per normalized URL. Each new source is recorded in its history in the same transaction.
 */
@ApplicationScoped
public class SourceWriter {
    /** The longest texts, from the columns of migration V1 (for the URL see {@link UrlNormalizer#MAX_BYTES}). */
    public static final int MAX_KEY = 200;

    public static final int MAX_TITLE = 500;

    @Inject
    ActorReferences actors;

    @Inject
    ChangeRecorder changes;

    /**
     * A source with the same key or the same normalized URL is returned as it is. A key that names a
     * source of another URL is a CONFLICT: returning that source would make the caller cite the
     * wrong document (two articles' datasets that both call their source "article").
     */
    @Transactional
    public SourceEntity addSource(SourceDraft draft, String reason) {
        String title = ClientText.required(draft.title(), "title", MAX_TITLE);
        String url = ClientText.optional(draft.url(), "url", UrlNormalizer.MAX_BYTES);
        String urlKey = url == null ? null : UrlNormalizer.normalize(url);
        String key = ClientText.optional(draft.key(), "key", MAX_KEY);
        if (key != null) {
            SourceEntity existing = SourceEntity.find("externalKey", key).firstResult();
            if (existing != null && urlKey != null && existing.urlKey != null && !urlKey.equals(existing.urlKey)) {
                throw ClientException.conflict("the key '" + key + "' names another source (id " + existing.id
                        + ", another URL): choose a key of its own for this one");
            }
            if (existing != null) {
                return existing;
            }
        }
        if (urlKey != null) {
            SourceEntity existing = SourceEntity.find("urlKey", urlKey).firstResult();
            if (existing != null) {
                return existing;
            }
        }
        SourceEntity source = new SourceEntity();
        source.title = title;
        source.url = url;
        source.urlKey = urlKey;
        source.externalKey = key;
        source.publishedAt =
                draft.publishedAt() == null ? null : draft.publishedAt().toString();
        source.retrievedAt = draft.retrievedAt() == null
                ? OffsetDateTime.now(ZoneOffset.UTC)
                : ClientInstant.parse(draft.retrievedAt(), "retrievedAt");
        source.publisherId = draft.publisherId();
        actors.requireExisting(Collections.singletonList(draft.publisherId()));
        UniqueInsert.persist(source, "a source with this key or URL");
        changes.record("addSource", ChangedEntity.SOURCE, source.id, null, source.snapshot(), reason);
        return source;
    }
}
