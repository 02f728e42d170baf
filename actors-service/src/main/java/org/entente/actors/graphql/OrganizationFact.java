package org.entente.actors.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.repository.DatedFact;
import org.entente.subgraph.graphql.PartialDateScalar;

import java.util.List;

/** What a membership and a position have in common: a dated, sourced tie of an actor to an organization. */
public abstract class OrganizationFact {
    @Id @NonNull
    public Long id;
    public PartialDateScalar since;
    public PartialDateScalar until;
    @NonNull
    public List<@NonNull Source> sources;
    @Ignore
    public Long organizationId;
    /** The request's actors named by facts, loaded with them (see {@link ReferencedActors}). */
    ReferencedActors actors;

    @NonNull
    public Actor getOrganization() {
        return actors.get(organizationId);
    }

    /** Fills the common part and announces the organization and the other actor ({@code actorId}). */
    void fill(DatedFact entity, Long organizationId, Long actorId, ReferencedActors actors) {
        this.id = entity.id;
        this.since = PartialDateScalar.of(entity.since);
        this.until = PartialDateScalar.of(entity.until);
        this.sources = Source.of(entity.sourceIds);
        this.organizationId = organizationId;
        this.actors = actors;
        actors.announce(actorId);
        actors.announce(organizationId);
    }
}
