package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.FactEnds;
import org.entente.actors.repository.MembershipEntity;
import org.entente.actors.repository.PositionEntity;
import org.entente.dates.PartialDate;
import org.entente.subgraph.input.ActorIdFilter;

/**
 * The links of a batch of actors as compact keys, for graph searches that need to know only who
 * is linked to whom by which fact: {@code MEMBERSHIP:<id>:<member>:<organization>},
 * {@code POSITION:<id>:<holder>:<organization>} and {@code PARENT:<part>:<whole>}. Three
 * statements for any number of actors (memberships, positions, children); no fact is loaded as
 * an entity, so an organization with thousands of office holders costs thousands of short
 * strings rather than thousands of objects.
 */
@ApplicationScoped
public class LinkKeyReader {

    /**
     * The keys of each actor, memberships and positions in force {@code asOf} (all when null)
     * oldest first, then its parent, then its children; every actor asked for gets a list.
     *
     * @param parents each actor asked for, with its parent's id (null for none)
     * @param among    only the links to these actors (null: all)
     */
    public Map<Long, List<String>> of(Map<Long, Long> parents, PartialDate asOf, ActorIdFilter among) {
        Map<Long, List<String>> keys = new HashMap<>();
        parents.keySet().forEach(id -> keys.put(id, new ArrayList<>()));
        // the statements narrow the facts to those towards among; which side's list a fact joins is decided here
        Set<Long> towards = among == null ? null : among.ids();
        add(keys, "MEMBERSHIP", MembershipEntity.endsNaming(parents.keySet(), asOf, towards), among);
        add(keys, "POSITION", PositionEntity.endsNaming(parents.keySet(), asOf, towards), among);
        parents.forEach((id, parent) -> {
            if (parent != null && ActorIdFilter.admits(among, parent)) {
                keys.get(id).add("PARENT:" + id + ":" + parent);
            }
        });
        for (ActorEntity child : ActorEntity.childrenOf(List.copyOf(parents.keySet()))) {
            if (ActorIdFilter.admits(among, child.id)) {
                keys.get(child.parentId).add("PARENT:" + child.id + ":" + child.parentId);
            }
        }
        return keys;
    }

    /**
     * Each fact goes to the actors asked for on either of its sides (both, for an actor's fact about
     * itself) when {@code among} admits the actor on the other side.
     */
    private static void add(Map<Long, List<String>> keys, String kind, List<FactEnds> facts, ActorIdFilter among) {
        for (FactEnds fact : facts) {
            String key = kind + ":" + fact.factId() + ":" + fact.side() + ":" + fact.otherSide();
            List<String> ofSide = keys.get(fact.side());
            if (ofSide != null && ActorIdFilter.admits(among, fact.otherSide())) {
                ofSide.add(key);
            }
            List<String> ofOtherSide = keys.get(fact.otherSide());
            if (ofOtherSide != null && fact.otherSide() != fact.side() && ActorIdFilter.admits(among, fact.side())) {
                ofOtherSide.add(key);
            }
        }
    }
}
