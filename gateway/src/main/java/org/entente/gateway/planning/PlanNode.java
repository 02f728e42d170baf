package org.entente.gateway.planning;

import java.util.List;
import java.util.Map;

/** A node of a query plan: fetches, and how they are ordered. */
public sealed interface PlanNode {

    /** Children run one after another; each may use what the previous ones merged. */
    record Sequence(List<PlanNode> nodes) implements PlanNode {}

    /** Children run at the same time. */
    record Parallel(List<PlanNode> nodes) implements PlanNode {}

    /** An entity fetch for the objects found at a path ("reviews.@.author"; "@" = every list element). */
    record Flatten(List<String> path, Fetch fetch) implements PlanNode {}

    /**
     * Entity fetches to one subgraph that become runnable at the same moment, sent as one request
     * (Hive's {@code BatchFetch}): each {@link EntityBatch} is an aliased {@code _entities} field
     * with a representation list of its own, and the answer is split back by alias.
     *
     * @param operation      the GraphQL document sent, with one {@code _entities} field per batch
     * @param variableUsages client variables the document uses
     * @param apart          where some batch unites the selections of fetches that differ: the same
     *                       fetches with a field each, sent instead when the united answer has errors
     *                       (an error in a non-null field nulls the whole entity, at every path of
     *                       the batch, not only where that field was asked for); null otherwise
     */
    record BatchFetch(
            String serviceName,
            String operation,
            List<String> variableUsages,
            List<EntityBatch> batches,
            BatchFetch apart)
            implements PlanNode {}

    /**
     * One aliased {@code _entities} field of a {@link BatchFetch}: the objects at every one of its
     * paths are sent as one de-duplicated representation list in {@code variable}.
     *
     * @param fetch what the field fetches for every path (the fetch each would make alone, or the
     *              union of their selections): its representations, {@code @interfaceObject} types
     *              and {@code @include}/{@code @skip} conditions apply to this field; its operation
     *              is not sent
     */
    record EntityBatch(String alias, String variable, List<List<String>> paths, Fetch fetch) {}

    /**
     * One subgraph request.
     *
     * @param operation       the GraphQL document sent
     * @param variableUsages  client variables the document uses
     * @param requires        entity fetches: per type, the fields that make up a representation
     * @param requiresText    entity fetches: the representation fields, printed for people
     * @param representedAs   entity fetches on an interface ({@code @interfaceObject}): the concrete
     *                        types whose objects are sent as representations of the interface, by name
     * @param representationsVariable an entity fetch's variable for its representations, named apart
     *                        from the client's variables (null for a root fetch)
     * @param fieldConditions per top-level field, its {@code @include}/{@code @skip} conditions: when
     *                        every field has some and none holds, the fetch is not sent
     * @param conflictAliases whether the operation aliases fields apart ({@link QueryPlanner#CONFLICT_ALIAS}),
     *                        which the executor must take off the answer
     */
    record Fetch(
            String serviceName,
            String operation,
            List<String> variableUsages,
            boolean entity,
            Map<String, List<RequiredField>> requires,
            String requiresText,
            Map<String, String> representedAs,
            String representationsVariable,
            List<List<Condition>> fieldConditions,
            boolean conflictAliases)
            implements PlanNode {

        public boolean skipped(Map<String, Object> variables) {
            if (fieldConditions.isEmpty()) {
                return false;
            }
            for (List<Condition> conditions : fieldConditions) {
                if (conditions.isEmpty() || conditions.stream().allMatch(c -> c.holds(variables))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A field of an entity representation, read from merged data under its response key.
     *
     * @param key whether it belongs to the entity's key, so that null means the entity cannot be fetched
     * @param onType the object type it is required on (an inline fragment of the field set), or null for every object
     */
    record RequiredField(
            String responseKey, String fieldName, List<RequiredField> children, boolean key, String onType) {}
}
