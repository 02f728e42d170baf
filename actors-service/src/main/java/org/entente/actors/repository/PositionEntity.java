package org.entente.actors.repository;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
import org.entente.dates.PartialDate;
import org.entente.subgraph.history.Snapshot;

@Entity
@Table(name = "position")
public class PositionEntity extends DatedFact {
    @Column(name = "holder_id")
    public Long holderId;

    @Column(name = "organization_id")
    public Long organizationId;

    public String title;

    /** The fields a client sets, as the history keeps them. */
    public Snapshot snapshot() {
        return Snapshot.builder()
                .put("holderId", holderId)
                .put("organizationId", organizationId)
                .put("title", title)
                .put("since", since)
                .put("until", until)
                .put("sourceIds", sourceIds)
                .build();
    }

    /** Positions held by the given actors, with their organizations (one statement for the whole batch). */
    public static List<FactWithActor<PositionEntity>> ofHolders(Collection<Long> holderIds, PartialDate asOf) {
        return FactsInForce.load(
                PositionEntity.class, "holderId", "organizationId", holderIds, asOf, "", new Parameters());
    }

    /** Positions inside the given organizations, with their holders (one statement for the whole batch). */
    public static List<FactWithActor<PositionEntity>> ofOrganizations(
            Collection<Long> organizationIds, PartialDate asOf) {
        return FactsInForce.load(
                PositionEntity.class, "organizationId", "holderId", organizationIds, asOf, "", new Parameters());
    }
}
