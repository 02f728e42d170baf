package org.entente.actors.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.repository.DatedFact;
import org.entente.subgraph.graphql.PartialDateScalar;

/**
 * What a membership and a position have in common: a dated, sourced tie of an actor to an
 * organization. Both actors are set when the fact is made (one is the actor the fact was asked
 * on, the other was read with the fact), so reading them is a plain field and loads nothing.
 */
public abstract class OrganizationFact {
    @Id
    @NonNull
    public Long id;

    public PartialDateScalar since;
    public PartialDateScalar until;

    @NonNull
    @Description("The sources it cites, owned by events-service: each is null when that service cannot answer for it.")
    public List<Source> sources;

    @NonNull
    public Actor organization;

    void fill(DatedFact entity, Actor organization) {
        this.id = entity.id;
        this.since = PartialDateScalar.of(entity.since);
        this.until = PartialDateScalar.of(entity.until);
        this.sources = entity.sourceIds.stream().map(Source::from).toList();
        this.organization = organization;
    }
}
