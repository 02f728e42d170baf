package org.entente.actors.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.entente.actors.domain.ActorKind;
import org.entente.actors.domain.SearchText;
import org.entente.subgraph.history.Snapshot;
import org.entente.subgraph.sql.IdsCondition;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "actor")
public class ActorEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String handle;

    @Enumerated(EnumType.STRING)
    public ActorKind kind;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> aliases = new ArrayList<>();

    public String description;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "wikidata_id")
    public String wikidataId;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "search_text")
    public String searchText;

    /** The actor this one was merged into (mergeActors): it then answers for this one; null for an actor in use. */
    @Column(name = "merged_into")
    public Long mergedInto;

    @Version
    public int version;

    public static ActorEntity findByHandle(String handle) {
        return find("handle", handle).firstResult();
    }

    /** The actors with these ids, in one statement (none for no ids). */
    public static List<ActorEntity> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        IdsCondition byId = IdsCondition.of("id", "ids", ids);
        return list(byId.hql(), byId.parameters());
    }

    /** The children of these actors, in name order, in one statement (none for no ids). */
    public static List<ActorEntity> childrenOf(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        IdsCondition byParent = IdsCondition.of("parentId", "ids", parentIds);
        return list(byParent.hql() + " and mergedInto is null order by name, id", byParent.parameters());
    }

    /** True when {@code actorId} is {@code candidate} or one of its ancestors: then making {@code candidate} its parent closes a cycle. */
    public static boolean isAncestorOrSelf(Long actorId, Long candidate) {
        Object hits = getEntityManager()
                .createNativeQuery("""
                WITH RECURSIVE chain(id, parent_id) AS (
                    SELECT id, parent_id FROM actor WHERE id = :candidate
                    UNION
                    SELECT a.id, a.parent_id FROM actor a JOIN chain c ON a.id = c.parent_id)
                SELECT count(*) FROM chain WHERE id = :actor""", Long.class)
                .setParameter("candidate", candidate)
                .setParameter("actor", actorId)
                .getSingleResult();
        return ((Long) hits) > 0;
    }

    /** The fields a client sets, as the history keeps them. */
    public Snapshot snapshot() {
        return Snapshot.builder()
                .put("handle", handle)
                .put("kind", kind)
                .put("name", name)
                .put("aliases", aliases)
                .put("description", description)
                .put("countryCode", countryCode)
                .put("wikidataId", wikidataId)
                .put("parentId", parentId)
                .build();
    }

    /** The actors merged into this one, locked until the transaction ends. */
    public static List<ActorEntity> mergedInto(Long id) {
        return find("mergedInto = ?1 order by id", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** The actors whose parent this one is, merged ones too, locked until the transaction ends. */
    public static List<ActorEntity> partsOf(Long id) {
        return find("parentId = ?1 order by id", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /** The history's snapshot with the merge state, for the changes a merge or an unmerge makes. */
    public Snapshot snapshotWithMerge() {
        return snapshot().with("mergedInto", mergedInto);
    }

    /** Keeps the search column in step with the names it indexes. */
    @PrePersist
    @PreUpdate
    void refreshSearchText() {
        searchText = String.join(
                "\n",
                Stream.concat(Stream.of(name), aliases.stream())
                        .map(SearchText::normalize)
                        .distinct()
                        .toList());
    }
}
