package org.entente.actors.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.panache.common.Parameters;
import org.entente.actors.service.PartialDate;
import org.entente.subgraph.IdsCondition;

import java.util.Collection;
import java.util.List;

@Entity
@Table(name = "position")
public class PositionEntity extends DatedFact {
    @Column(name = "holder_id")
    public Long holderId;
    @Column(name = "organization_id")
    public Long organizationId;
    public String title;

    /** Positions held by the given actors (one statement for the whole batch). */
    public static List<PositionEntity> ofHolders(Collection<Long> holderIds, PartialDate asOf) {
        return inForce("holderId", holderIds, asOf);
    }

    /** Positions inside the given organizations (one statement for the whole batch). */
    public static List<PositionEntity> ofOrganizations(Collection<Long> organizationIds, PartialDate asOf) {
        return inForce("organizationId", organizationIds, asOf);
    }

    private static List<PositionEntity> inForce(String side, Collection<Long> ids, PartialDate asOf) {
        if (ids.isEmpty()) return List.of();
        String query = IdsCondition.of(side, ":ids", ids) + DatedFactFilter.condition(asOf) + " order by firstDay nulls first, id";
        return list(query, DatedFactFilter.bind(Parameters.with("ids", IdsCondition.value(ids)), asOf));
    }
}
