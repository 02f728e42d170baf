package org.entente.actors.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.domain.ActorKind;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.service.ResolvedActor;

@Key(fields = @FieldSet("id"))
@Description("A state, international organization, government body, legislature, person, media outlet or other group.")
public class Actor {
    @Id
    @NonNull
    public Long id;

    @NonNull
    @Description("Unique readable key, e.g. `iran`, `csto`.")
    public String handle;

    @NonNull
    public ActorKind kind;

    @NonNull
    public String name;

    @NonNull
    @Description("Spelling and transliteration variants of the name (Andrei/Andrey).")
    public List<@NonNull String> aliases;

    public String description;

    @Description("ISO 3166-1 alpha-3 code, current or withdrawn (SUN for the Soviet Union).")
    public String countryCode;

    public String wikidataId;

    @Id
    @Description(
            "The id this actor was asked for by (`actor(id:)`, `actor(handle:)`'s actor, an entity reference) when "
                    + "that named an actor merged into this one (mergeActors): the lookup was redirected to this actor. Null when "
                    + "it was asked for by its own id or handle.")
    public Long redirectedFrom;

    @NonNull
    @Description("Optimistic-locking version: pass it to updateActor; a stale one is refused with CONFLICT.")
    public int version;
    /** Read by {@link ActorFields#parent}; not a field of the schema. */
    @Ignore
    public Long parentId;

    /** The actor a lookup found, saying when it was redirected; null for none. */
    static Actor from(ResolvedActor resolved) {
        if (resolved == null) {
            return null;
        }
        Actor actor = from(resolved.actor());
        actor.redirectedFrom = resolved.redirectedFrom();
        return actor;
    }

    /** The actor of an entity; null for none (an unknown id or handle). */
    static Actor from(ActorEntity entity) {
        if (entity == null) {
            return null;
        }
        Actor actor = new Actor();
        actor.id = entity.id;
        actor.handle = entity.handle;
        actor.kind = entity.kind;
        actor.name = entity.name;
        actor.aliases = List.copyOf(entity.aliases);
        actor.description = entity.description;
        actor.countryCode = entity.countryCode;
        actor.wikidataId = entity.wikidataId;
        actor.version = entity.version;
        actor.parentId = entity.parentId;
        return actor;
    }
}
