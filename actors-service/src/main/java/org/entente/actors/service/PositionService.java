package org.entente.actors.service;

import org.entente.dates.PartialDate;
import org.entente.subgraph.errors.ClientException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.actors.domain.ActorKind;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.PositionEntity;
import org.entente.subgraph.graphql.PartialDateScalar;

/** Adds and ends positions (offices held by a person in an organization). */
@ApplicationScoped
public class PositionService {

    @Transactional
    public PositionEntity add(PositionInput input) {
        ActorEntity holder = Actors.require(input.holderId, "holder");
        ActorEntity organization = Actors.require(input.organizationId, "organization");
        if (holder.kind != ActorKind.PERSON) {
            throw ClientException.badInput("holder " + holder.handle + " is a " + holder.kind + "; positions are held by a PERSON");
        }
        if (!organization.kind.hasOffices()) {
            throw ClientException.badInput("organization " + organization.handle + " is a PERSON; offices are inside non-person actors");
        }
        PositionEntity position = new PositionEntity();
        position.holderId = holder.id;
        position.organizationId = organization.id;
        position.title = ActorService.requireText(input.title, "title", 300);
        position.sourceIds = Sources.require(input.sourceIds);
        position.setInterval(Intervals.of(PartialDateScalar.toDate(input.since), PartialDateScalar.toDate(input.until)));
        position.persist();
        return position;
    }

    /** Closes an open position at {@code until}. */
    @Transactional
    public PositionEntity end(Long id, PartialDate until) {
        PositionEntity position = id == null ? null : PositionEntity.findById(id);
        if (position == null) throw ClientException.notFound("position " + id + " does not exist");
        if (position.hasEnded()) {
            throw ClientException.conflict("position " + id + " already ended in " + position.until);
        }
        position.setInterval(Intervals.of(position.interval().since(), until));
        return position;
    }
}
