package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.entente.actors.domain.ActorDraft;
import org.entente.actors.domain.ActorKind;
import org.entente.actors.domain.CountryCodes;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.MembershipEntity;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.history.ChangeRecorder;
import org.entente.subgraph.history.ChangeReverts;
import org.entente.subgraph.history.ChangedEntity;
import org.entente.subgraph.history.Snapshot;
import org.entente.subgraph.input.ClientText;

/**
 * Creates and changes actors, enforcing their rules; a refused write changes nothing. Each change
 * is recorded in the actor's history in the same transaction.
 */
@ApplicationScoped
public class ActorWriter {

    /** The longest texts, from the columns of migration V1 (description and aliases have none: these are ours). */
    public static final int MAX_HANDLE = 100;

    public static final int MAX_NAME = 300;
    public static final int MAX_ALIAS = MAX_NAME;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_WIKIDATA_ID = 20;

    private static final Pattern HANDLE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]*");

    @Inject
    ChangeRecorder changes;

    @Inject
    ChangeReverts reverts;

    @Transactional
    public ActorEntity create(ActorDraft draft, String reason) {
        ActorEntity actor = new ActorEntity();
        apply(actor, draft);
        actor.persist();
        changes.record("createActor", ChangedEntity.ACTOR, actor.id, null, actor.snapshot(), reason);
        return actor;
    }

    /** Replaces all fields, refusing the change when {@code expectedVersion} is stale. */
    @Transactional
    public ActorEntity update(Long id, int expectedVersion, ActorDraft draft, String reason) {
        ActorEntity actor = Actors.require(id, "updated");
        requireVersion(actor, expectedVersion);
        Snapshot before = actor.snapshot();
        replace(actor, draft);
        return recorded("updateActor", before, flushWithVersionCheck(actor), reason);
    }

    /**
     * Sets the fields that {@code target} changed back to their values before it, as a new change
     * (the actor is locked meanwhile); returns that change's id.
     */
    @Transactional
    public long revert(ChangeReverts.Target target, String reason) {
        ActorEntity actor = Actors.requireLocked(target.entityId(), "reverted");
        Snapshot before = actor.snapshot();
        Snapshot restored = reverts.restored(target, before);
        replace(
                actor,
                new ActorDraft(
                        restored.text("handle"),
                        ActorKind.valueOf(restored.text("kind")),
                        restored.text("name"),
                        restored.texts("aliases"),
                        restored.text("description"),
                        restored.text("countryCode"),
                        restored.text("wikidataId"),
                        restored.id("parentId")));
        flushWithVersionCheck(actor);
        return changes.record(Actors.REVERT, ChangedEntity.ACTOR, actor.id, before, actor.snapshot(), reason);
    }

    /** Replaces all fields with the draft's, under the rules of an update. */
    private static void replace(ActorEntity actor, ActorDraft draft) {
        if (draft.parentId() != null && ActorEntity.isAncestorOrSelf(actor.id, draft.parentId())) {
            throw ClientException.badInput("parent " + draft.parentId() + " would make a cycle: it is "
                    + (actor.id.equals(draft.parentId()) ? "the actor itself" : "inside actor " + actor.id));
        }
        boolean losesMembers =
                actor.kind.hasMembers() && draft.kind() != null && !draft.kind().hasMembers();
        if (losesMembers && MembershipEntity.hasMembers(actor.id)) {
            throw ClientException.conflict(
                    "actor " + actor.id + " has members, so its kind must stay an organization kind");
        }
        apply(actor, draft);
    }

    /** Adds an alias; concurrent alias changes of one actor take turns (the actor is locked), so none is lost. */
    @Transactional
    public ActorEntity addAlias(Long actorId, String alias, String reason) {
        ActorEntity actor = Actors.requireLocked(actorId, "aliased");
        Snapshot before = actor.snapshot();
        String cleaned = ClientText.required(alias, "alias", MAX_ALIAS);
        if (!actor.aliases.contains(cleaned)) {
            List<String> aliases = new ArrayList<>(actor.aliases);
            aliases.add(cleaned);
            actor.aliases = aliases;
        }
        return recorded("addAlias", before, flushWithVersionCheck(actor), reason);
    }

    /** Removes an alias; NOT_FOUND when the actor has none such (also when a concurrent write removed it first). */
    @Transactional
    public ActorEntity removeAlias(Long actorId, String alias, String reason) {
        ActorEntity actor = Actors.requireLocked(actorId, "aliased");
        Snapshot before = actor.snapshot();
        if (!actor.aliases.contains(alias)) {
            throw ClientException.notFound("actor " + actorId + " has no alias '" + alias + "'");
        }
        actor.aliases = actor.aliases.stream().filter(a -> !a.equals(alias)).toList();
        return recorded("removeAlias", before, flushWithVersionCheck(actor), reason);
    }

    /** The changed actor, its change recorded (none when the write left it as it was). */
    private ActorEntity recorded(String mutation, Snapshot before, ActorEntity actor, String reason) {
        changes.record(mutation, ChangedEntity.ACTOR, actor.id, before, actor.snapshot(), reason);
        return actor;
    }

    private static void apply(ActorEntity actor, ActorDraft draft) {
        String handle = ClientText.required(draft.handle(), "handle", MAX_HANDLE);
        if (!HANDLE.matcher(handle).matches()) {
            throw ClientException.badInput(
                    "handle '" + handle + "' must be lower-case letters, digits and single dashes");
        }
        ActorEntity holder = ActorEntity.findByHandle(handle);
        if (holder != null && !holder.id.equals(actor.id)) {
            throw ClientException.conflict("handle '" + handle + "' is already used by actor " + holder.id);
        }
        if (draft.kind() == null) {
            throw ClientException.badInput("kind is required");
        }
        if (draft.parentId() != null) {
            Actors.require(draft.parentId(), "parent");
        }
        actor.handle = handle;
        actor.kind = draft.kind();
        actor.name = ClientText.required(draft.name(), "name", MAX_NAME);
        actor.aliases = draft.aliases() == null
                ? List.of()
                : draft.aliases().stream()
                        .map(a -> ClientText.required(a, "alias", MAX_ALIAS))
                        .distinct()
                        .toList();
        actor.description = ClientText.optional(draft.description(), "description", MAX_DESCRIPTION);
        actor.countryCode = countryCode(draft.countryCode());
        actor.wikidataId = wikidataId(draft.wikidataId());
        actor.parentId = draft.parentId();
    }

    private static void requireVersion(ActorEntity actor, int expectedVersion) {
        if (actor.version != expectedVersion) {
            throw ClientException.staleVersion("actor " + actor.id + " is at version " + actor.version + ", not "
                    + expectedVersion + ": reload it and apply the change again");
        }
    }

    /** Flushes now so that a concurrent change surfaces here as CONFLICT, not at commit. */
    private static ActorEntity flushWithVersionCheck(ActorEntity actor) {
        try {
            ActorEntity.flush();
        } catch (OptimisticLockException e) {
            throw ClientException.staleVersion(
                    "actor " + actor.id + " was changed concurrently: reload it and apply the change again");
        }
        return actor;
    }

    private static String countryCode(String code) {
        String cleaned = ClientText.optional(code, "countryCode", 3);
        if (cleaned == null) {
            return null;
        }
        String upper = cleaned.toUpperCase(Locale.ROOT);
        if (!CountryCodes.isKnown(upper)) {
            throw ClientException.badInput("countryCode '" + code + "' is not an ISO 3166-1 alpha-3 code");
        }
        return upper;
    }

    private static String wikidataId(String id) {
        String cleaned = ClientText.optional(id, "wikidataId", MAX_WIKIDATA_ID);
        if (cleaned != null && !WIKIDATA_ID.matcher(cleaned).matches()) {
            throw ClientException.badInput("wikidataId '" + id + "' is not a Wikidata item id like Q7184");
        }
        return cleaned;
    }
}
