package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.actors.repository.FactWithActor;
import org.entente.actors.repository.PositionEntity;
import org.entente.dates.PartialDate;

/**
 * Reads the positions of a batch of actors in one statement, each with the actor on its other
 * side. {@code asOf}: only those in force at that date (all when null). Each actor's list is
 * oldest first; an actor without any has none in the map.
 */
@ApplicationScoped
public class PositionReader {

    /** By holder, each with its organization. */
    public Map<Long, List<FactWithActor<PositionEntity>>> ofHolders(Collection<Long> holderIds, PartialDate asOf) {
        return PositionEntity.ofHolders(holderIds, asOf).stream()
                .collect(Collectors.groupingBy(row -> row.fact().holderId));
    }

    /** By organization, each with its holder. */
    public Map<Long, List<FactWithActor<PositionEntity>>> ofOrganizations(
            Collection<Long> organizationIds, PartialDate asOf) {
        return PositionEntity.ofOrganizations(organizationIds, asOf).stream()
                .collect(Collectors.groupingBy(row -> row.fact().organizationId));
    }
}
