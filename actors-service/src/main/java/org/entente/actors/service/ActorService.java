package org.entente.actors.service;

import org.entente.subgraph.errors.ClientException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.entente.actors.domain.CountryCodes;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.MembershipEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Creates and changes actors, enforcing their rules. */
@ApplicationScoped
public class ActorService {

    private static final Pattern HANDLE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]*");
    private static final int MAX_HANDLE = 100;
    private static final int MAX_NAME = 300;

    @Transactional
    public ActorEntity create(ActorInput input) {
        ActorEntity actor = new ActorEntity();
        apply(actor, input);
        actor.persist();
        return actor;
    }

    /** Replaces all fields, refusing the change when {@code expectedVersion} is stale. */
    @Transactional
    public ActorEntity update(Long id, int expectedVersion, ActorInput input) {
        ActorEntity actor = Actors.require(id, "updated");
        requireVersion(actor, expectedVersion);
        if (input.parentId != null && ActorEntity.isAncestorOrSelf(actor.id, input.parentId)) {
            throw ClientException.badInput("parent " + input.parentId + " would make a cycle: it is "
                    + (actor.id.equals(input.parentId) ? "the actor itself" : "inside actor " + actor.id));
        }
        if (actor.kind.hasMembers() && !input.kind.hasMembers() && MembershipEntity.count("organizationId", actor.id) > 0) {
            throw ClientException.conflict("actor " + actor.id + " has members, so its kind must stay an organization kind");
        }
        apply(actor, input);
        return flushWithVersionCheck(actor);
    }

    @Transactional
    public ActorEntity addAlias(Long actorId, String alias) {
        ActorEntity actor = Actors.require(actorId, "aliased");
        String cleaned = requireText(alias, "alias", MAX_NAME);
        if (!actor.aliases.contains(cleaned)) {
            List<String> aliases = new ArrayList<>(actor.aliases);
            aliases.add(cleaned);
            actor.aliases = aliases;
        }
        return flushWithVersionCheck(actor);
    }

    @Transactional
    public ActorEntity removeAlias(Long actorId, String alias) {
        ActorEntity actor = Actors.require(actorId, "aliased");
        if (!actor.aliases.contains(alias)) {
            throw ClientException.notFound("actor " + actorId + " has no alias '" + alias + "'");
        }
        actor.aliases = actor.aliases.stream().filter(a -> !a.equals(alias)).toList();
        return flushWithVersionCheck(actor);
    }

    private static void apply(ActorEntity actor, ActorInput input) {
        String handle = requireText(input.handle, "handle", MAX_HANDLE);
        if (!HANDLE.matcher(handle).matches()) {
            throw ClientException.badInput("handle '" + handle + "' must be lower-case letters, digits and single dashes");
        }
        ActorEntity holder = ActorEntity.findByHandle(handle);
        if (holder != null && !holder.id.equals(actor.id)) {
            throw ClientException.conflict("handle '" + handle + "' is already used by actor " + holder.id);
        }
        if (input.kind == null) throw ClientException.badInput("kind is required");
        if (input.parentId != null) Actors.require(input.parentId, "parent");
        actor.handle = handle;
        actor.kind = input.kind;
        actor.name = requireText(input.name, "name", MAX_NAME);
        actor.aliases = input.aliases == null ? List.of()
                : input.aliases.stream().map(a -> requireText(a, "alias", MAX_NAME)).distinct().toList();
        actor.description = blankToNull(input.description);
        actor.countryCode = countryCode(input.countryCode);
        actor.wikidataId = wikidataId(input.wikidataId);
        actor.parentId = input.parentId;
    }

    private static void requireVersion(ActorEntity actor, int expectedVersion) {
        if (actor.version != expectedVersion) {
            throw ClientException.conflict("actor " + actor.id + " is at version " + actor.version
                    + ", not " + expectedVersion + ": reload it and apply the change again");
        }
    }

    /** Flushes now so that a concurrent change surfaces here as CONFLICT, not at commit. */
    private static ActorEntity flushWithVersionCheck(ActorEntity actor) {
        try {
            ActorEntity.flush();
        } catch (OptimisticLockException e) {
            throw ClientException.conflict("actor " + actor.id + " was changed concurrently: reload it and apply the change again");
        }
        return actor;
    }

    private static String countryCode(String code) {
        String cleaned = blankToNull(code);
        if (cleaned == null) return null;
        String upper = cleaned.toUpperCase(Locale.ROOT);
        if (!CountryCodes.isKnown(upper)) {
            throw ClientException.badInput("countryCode '" + code + "' is not an ISO 3166-1 alpha-3 code");
        }
        return upper;
    }

    private static String wikidataId(String id) {
        String cleaned = blankToNull(id);
        if (cleaned != null && !WIKIDATA_ID.matcher(cleaned).matches()) {
            throw ClientException.badInput("wikidataId '" + id + "' is not a Wikidata item id like Q7184");
        }
        return cleaned;
    }

    static String requireText(String value, String field, int maxLength) {
        String cleaned = blankToNull(value);
        if (cleaned == null) throw ClientException.badInput(field + " must not be blank");
        if (cleaned.length() > maxLength) throw ClientException.badInput(field + " is longer than " + maxLength + " characters");
        return cleaned;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
