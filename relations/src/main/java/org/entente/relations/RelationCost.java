package org.entente.relations;

import java.util.Map;

/**
 * What the relationship fields cost in the gateway's cost units (an ordinary field costs 1, the
 * fields below a list once per element; the gateway's default maximum per operation is 100,000).
 * They are priced by their reach: the number of actors whose facts they may read, each read costing
 * {@link #PER_ACTOR}. A search is assumed to find {@link #BRANCHING} new actors per actor and
 * layer, and reads at most {@link RelationLimits#MAX_ACTORS}:
 *
 * <ul>
 *   <li>{@code network(depth)}: the actor and every layer up to {@code depth}, 1 + 10 + … + 10^depth:
 *       11, 111 and 200 (capped) actors for depth 1, 2, 3, i.e. 2,750, 27,750 and 50,000; never more
 *       than its {@code maxNodes}, since it expands only the actors it keeps;
 *   <li>{@code connections(maxHops)}: both ends, then for each further hop the next layer of the
 *       smaller side: 2, 12, 22, 122, 200 actors for maxHops 1 to 5 (and 6), i.e. 500, 3,000,
 *       5,500 (the default), 30,500 and 50,000;
 *   <li>{@code timeline}: one actor, 250;
 *   <li>{@code actorsByIds}, {@code eventsByIds}, {@code statementsByIds}: 1, as they only echo
 *       ids (the gateway counts what is selected below them once per id).
 * </ul>
 *
 * <p>So a search that may read the 200 actors a query is allowed is half the default maximum: one
 * {@code network(depth: 3)} passes next to an ordinary actor profile (about 400), two do not, 30 in
 * one request (1.5 million) are refused; a detailed {@code connections} query, whose nested lists
 * the gateway assumes 10 long each (paths, hops, links, sources: about 17,500 for what is selected),
 * passes. The weight of an actor: its facts are up to 100 events and 100 statements by and about
 * it, with their participants and sources, plus memberships and positions, a few hundred objects
 * for a typical actor, read in subgraph requests shared by 25 actors. A search reads less of an
 * actor (its links as keys, then the details of the links it answers with): the price is an upper
 * bound, kept as it was so that the operations clients were allowed stay allowed.
 */
final class RelationCost {

    /** What reading one actor's facts costs. */
    static final long PER_ACTOR = 250;

    /** New actors a search is assumed to find per actor and layer. */
    static final long BRANCHING = 10;

    private RelationCost() {}

    /** @param arguments as the gateway gives them: variables and the SDL's defaults applied */
    static long of(String field, Map<String, Object> arguments) {
        return switch (field) {
            case "network" ->
                PER_ACTOR
                        * Math.min(
                                networkReach(intArgument(arguments, "depth", 1, RelationLimits.MAX_DEPTH)),
                                intArgument(
                                        arguments, "maxNodes", 1, RelationLimits.MAX_NODES, RelationLimits.MAX_ACTORS));
            case "connections" ->
                PER_ACTOR * connectionsReach(intArgument(arguments, "maxHops", 1, RelationLimits.MAX_HOPS));
            case "timeline" -> PER_ACTOR;
            default -> 1;
        };
    }

    static long networkReach(int depth) {
        long reach = 0;
        long layer = 1;
        for (int i = 0; i <= depth; i++) {
            reach += layer;
            layer *= BRANCHING;
        }
        return Math.min(reach, RelationLimits.MAX_ACTORS);
    }

    static long connectionsReach(int maxHops) {
        long reach = 2;
        for (int hop = 1; hop < maxHops; hop++) {
            long layer = 1;
            for (int i = 0; i < (hop + 1) / 2; i++) {
                layer *= BRANCHING;
            }
            reach += layer;
        }
        return Math.min(reach, RelationLimits.MAX_ACTORS);
    }

    /** An out-of-range value is refused when the field runs; the price assumes the nearest valid one. */
    private static int intArgument(Map<String, Object> arguments, String name, int min, int max) {
        return intArgument(arguments, name, min, max, min);
    }

    /** As above; {@code absent} when the arguments lack it (its SDL default, for callers that did not apply it). */
    private static int intArgument(Map<String, Object> arguments, String name, int min, int max, int absent) {
        int value = arguments.get(name) instanceof Number n ? n.intValue() : absent;
        return Math.max(min, Math.min(max, value));
    }
}
