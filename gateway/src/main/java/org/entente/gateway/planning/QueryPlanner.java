package org.entente.gateway.planning;

import graphql.language.AstPrinter;
import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.gateway.supergraph.EntityKey;
import org.entente.gateway.supergraph.FieldSets;
import org.entente.gateway.supergraph.FieldSource;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphField;
import org.entente.gateway.supergraph.SupergraphType;

/**
 * Plans an operation from the supergraph alone. Each root field goes to a subgraph that resolves
 * it; a field the current subgraph cannot resolve becomes an entity jump ({@code _entities})
 * through the cheapest {@code @key} the current subgraph can fill, with {@code @requires} fields
 * fetched first, {@code @provides} honoured, abstract types exploded into per-type fragments and
 * all jumps of a subgraph at one path batched into one fetch. Groups are then ordered by their
 * dependencies into Sequence/Parallel nodes.
 */
public final class QueryPlanner {

    private static final int MAX_JUMP_DEPTH = 8;
    private static final String INTERNAL_ALIAS = "_entente_";
    /** {@code _entente_as_Film__title}: a field aliased apart from a same-key field of another type. */
    public static final String CONFLICT_ALIAS = INTERNAL_ALIAS + "as_";

    private final Supergraph supergraph;

    public QueryPlanner(Supergraph supergraph) {
        this.supergraph = supergraph;
    }

    public QueryPlan plan(NormalizedOperation operation) {
        Planning planning = new Planning(operation);
        List<List<FetchGroup>> segments = planning.planRoot();
        List<PlanNode> steps = new ArrayList<>();
        for (List<FetchGroup> segment : segments) {
            steps.addAll(planning.order(segment));
        }
        PlanNode root = steps.isEmpty() ? null : steps.size() == 1 ? steps.get(0) : new PlanNode.Sequence(steps);
        return new QueryPlan(root, operation);
    }

    /** Fields to plan at one position, with what the enclosing field's {@code @provides} promises there. */
    private record Provided(SelectionSet selection) {
        static final Provided NONE = new Provided(null);

        boolean has(String field) {
            return child(field) != null;
        }

        Field child(String field) {
            return FieldSets.fields(selection).stream()
                    .filter(f -> f.getName().equals(field))
                    .findFirst()
                    .orElse(null);
        }

        /**
         * What is promised on the objects of one concrete type at an abstract position: the plain
         * fields and those of the inline fragments on that type (or without a type condition).
         */
        Provided on(String typeName) {
            if (selection == null) {
                return this;
            }
            List<graphql.language.Selection> merged = new ArrayList<>();
            for (graphql.language.Selection<?> s : selection.getSelections()) {
                if (s instanceof InlineFragment fragment) {
                    if (fragment.getTypeCondition() == null
                            || fragment.getTypeCondition().getName().equals(typeName)) {
                        merged.addAll(fragment.getSelectionSet().getSelections());
                    }
                } else {
                    merged.add(s);
                }
            }
            return merged.isEmpty()
                    ? NONE
                    : new Provided(SelectionSet.newSelectionSet(merged).build());
        }

        Provided into(String field, String providesHere) {
            List<graphql.language.Selection> merged = new ArrayList<>();
            Field nested = child(field);
            if (nested != null && nested.getSelectionSet() != null) {
                merged.addAll(nested.getSelectionSet().getSelections());
            }
            if (providesHere != null) {
                merged.addAll(FieldSets.parse(providesHere).getSelections());
            }
            return merged.isEmpty()
                    ? NONE
                    : new Provided(SelectionSet.newSelectionSet(merged).build());
        }
    }

    /**
     * The nearest entity above a value object (or a query's root type, whose other subgraphs are
     * asked directly): its type, its selections in the current fetch, its path and fields, and the
     * fields from it down to the value object.
     */
    private record Ancestor(
            SupergraphType type,
            OutSelections out,
            List<String> path,
            Provided provided,
            List<NField> fields,
            List<NField> chain) {
        Ancestor through(NField f) {
            List<NField> longer = new ArrayList<>(chain);
            longer.add(f);
            return new Ancestor(type, out, path, provided, fields, List.copyOf(longer));
        }
    }

    private final class Planning {
        private final NormalizedOperation operation;
        private final List<FetchGroup> groups = new ArrayList<>();
        /** A query's root fetches by subgraph: root fields, and parts of @shareable ones, join them. */
        private final Map<String, FetchGroup> queryRoots = new LinkedHashMap<>();

        Planning(NormalizedOperation operation) {
            this.operation = operation;
        }

        /** Root groups; for a mutation each segment is one subgraph's run of consecutive root fields. */
        List<List<FetchGroup>> planRoot() {
            SupergraphType rootType =
                    supergraph.type(operation.isMutation() ? supergraph.mutationType() : supergraph.queryType());
            List<FetchGroup> mutationRoots = new ArrayList<>();
            for (NField f : operation.fields()) {
                if (f.isTypename() || f.isIntrospection()) {
                    continue; // answered by the gateway
                }
                SupergraphField field = field(rootType, f.fieldName());
                Set<String> graphs = field.resolvingGraphs();
                if (graphs.isEmpty()) {
                    throw new PlanningException("no subgraph resolves " + rootType.name() + "." + f.fieldName());
                }
                FetchGroup group;
                if (operation.isMutation()) {
                    FetchGroup last = mutationRoots.isEmpty() ? null : mutationRoots.get(mutationRoots.size() - 1);
                    group = last != null && graphs.contains(last.graph)
                            ? last
                            : newGroup(graphs.iterator().next(), List.of(), false, null);
                    if (group != last) {
                        mutationRoots.add(group);
                    }
                } else {
                    // a @shareable root goes where its whole selection is, with the other roots if possible
                    List<String> whole =
                            graphs.stream().filter(g -> resolvesWhole(g, f)).toList();
                    List<String> preferred = whole.isEmpty() ? List.copyOf(graphs) : whole;
                    String graph = preferred.stream()
                            .filter(queryRoots::containsKey)
                            .findFirst()
                            .orElse(preferred.get(0));
                    group = queryRoots.computeIfAbsent(graph, g -> newGroup(g, List.of(), false, null));
                }
                OutSelections.OutField out =
                        group.selections.field(f.responseKey(), f.fieldName(), f.arguments(), f.conditions());
                if (!f.children().isEmpty() || isComposite(f)) {
                    planComposite(
                            group,
                            out.children(),
                            f,
                            List.of(),
                            Provided.NONE.into(
                                    f.fieldName(), field.source(group.graph).provides()),
                            0,
                            operation.isMutation()
                                    ? null // a mutation field runs once, in one subgraph
                                    : new Ancestor(
                                                    rootType,
                                                    group.selections,
                                                    List.of(),
                                                    Provided.NONE,
                                                    List.of(),
                                                    List.of())
                                            .through(f));
                }
            }
            List<List<FetchGroup>> segments = new ArrayList<>();
            if (operation.isMutation()) {
                for (FetchGroup root : mutationRoots) {
                    segments.add(groups.stream().filter(g -> g.root() == root).toList());
                }
            } else if (!groups.isEmpty()) {
                segments.add(groups);
            }
            return segments;
        }

        /** Whether the graph resolves the field's whole selection itself, without entity jumps. */
        private boolean resolvesWhole(String graph, NField f) {
            if (f.children().isEmpty()) {
                return true;
            }
            SupergraphType type = supergraph.type(baseName(f.type()));
            List<SupergraphType> objects = type.isAbstract()
                    ? supergraph.possibleTypes(type.name()).stream()
                            .filter(p -> p.belongsToIn(type, graph))
                            .toList()
                    : List.of(type);
            for (SupergraphType object : objects) {
                for (NField c : f.children()) {
                    if (c.isTypename() || !c.appliesTo(object.name())) {
                        continue;
                    }
                    SupergraphField field = object.field(c.fieldName());
                    if (field == null
                            || !(field.resolvableIn(graph) || isKeyField(object, graph, c.fieldName()))
                            || !resolvesWhole(graph, c)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean isComposite(NField f) {
            return supergraph.types().containsKey(baseName(f.type()))
                    && supergraph.type(baseName(f.type())).isComposite();
        }

        /**
         * Plans the selection of a composite field whose value lands at path + response key;
         * {@code ancestor} is the nearest entity above it, for a value type's fields found elsewhere.
         * Returns the groups that write into the value, nested jumps included.
         */
        private Set<FetchGroup> planComposite(
                FetchGroup group,
                OutSelections out,
                NField f,
                List<String> path,
                Provided provided,
                int depth,
                Ancestor ancestor) {
            List<String> childPath = new ArrayList<>(path);
            childPath.add(f.responseKey());
            GraphQLType t = f.type();
            while (t instanceof GraphQLNonNull || t instanceof GraphQLList) {
                if (t instanceof GraphQLList) {
                    childPath.add("@");
                }
                t = t instanceof GraphQLNonNull nn ? nn.getWrappedType() : ((GraphQLList) t).getWrappedType();
            }
            SupergraphType type = supergraph.type(baseName(f.type()));
            if (!type.isAbstract()) {
                return planObject(group, out, type, f.children(), childPath, provided, depth, ancestor);
            }
            if (type.isInterfaceObjectIn(group.graph)) {
                return planInterfaceObject(group, out, type, f.children(), childPath, provided, depth);
            }
            Set<FetchGroup> writers = new LinkedHashSet<>();
            out.field("__typename", "__typename", List.of(), List.of());
            for (SupergraphType possible : supergraph.possibleTypes(type.name())) {
                if (!possible.belongsToIn(type, group.graph)) {
                    continue; // this subgraph never returns objects of that type here
                }
                List<NField> applicable = f.children().stream()
                        .filter(c -> c.appliesTo(possible.name()))
                        .toList();
                if (applicable.stream().anyMatch(c -> !c.isTypename())) {
                    writers.addAll(planObject(
                            group,
                            out.fragment(possible.name()),
                            possible,
                            applicable,
                            childPath,
                            provided.on(possible.name()),
                            depth,
                            null));
                }
            }
            aliasConflicts(group.graph, out);
            return writers;
        }

        /**
         * Objects of an interface that this subgraph sees as an object type ({@code @interfaceObject}):
         * it answers the interface's name as {@code __typename}. The interface's fields are planned on
         * the interface (here, or through {@code _entities} on the interface's name elsewhere); the
         * concrete {@code __typename} and the implementations' fragments come from a subgraph that
         * owns the interface, which resolves the interface entity by key into its concrete type.
         */
        private Set<FetchGroup> planInterfaceObject(
                FetchGroup group,
                OutSelections out,
                SupergraphType iface,
                List<NField> children,
                List<String> path,
                Provided provided,
                int depth) {
            out.field("__typename", "__typename", List.of(), List.of()); // the interface's name until the owner says
            List<NField> onInterface = new ArrayList<>();
            List<NField> concrete = new ArrayList<>();
            for (NField c : children) {
                if (!c.isTypename() && c.typeConditions() == null) {
                    onInterface.add(c);
                } else {
                    concrete.add(c);
                }
            }
            Set<FetchGroup> writers =
                    new LinkedHashSet<>(planObject(group, out, iface, onInterface, path, provided, depth, null));
            if (concrete.isEmpty()) {
                return writers;
            }
            String owner = iface.graphs().stream()
                    .filter(g -> !iface.isInterfaceObjectIn(g)
                            && !iface.resolvableKeys(g).isEmpty())
                    .findFirst()
                    .orElseThrow(() -> new PlanningException(
                            "cannot find the concrete type of " + iface.name() + " objects from subgraph " + group.graph
                                    + ": no subgraph owning the interface resolves it"));
            EntityKey key = chooseKey(group.graph, iface, owner, provided);
            SupergraphField keyField =
                    field(iface, FieldSets.fields(key.selection()).get(0).getName());
            FetchGroup jump = jumpTo(group, out, iface, iface, keyField, owner, path, provided, children, depth);
            OutSelections entity = jump.selections.fragment(iface.name());
            entity.field("__typename", "__typename", List.of(), List.of());
            writers.add(jump);
            for (SupergraphType possible : supergraph.possibleTypes(iface.name())) {
                if (!possible.belongsToIn(iface, owner)) {
                    continue;
                }
                List<NField> applicable = concrete.stream()
                        .filter(c -> !c.isTypename() && c.appliesTo(possible.name()))
                        .toList();
                if (!applicable.isEmpty()) {
                    writers.addAll(planObject(
                            jump,
                            entity.fragment(possible.name()),
                            possible,
                            applicable,
                            path,
                            Provided.NONE,
                            depth + 1,
                            null));
                }
            }
            aliasConflicts(owner, entity);
            return writers;
        }

        /**
         * Fields of the same response key in fragments on different types must have the same type in
         * the subgraph's schema, or the subgraph refuses the operation (the supergraph may have merged
         * String! and String into String): the later fragments' fields get an alias naming their type,
         * which the executor takes off again ({@link #CONFLICT_ALIAS}).
         */
        private void aliasConflicts(String graph, OutSelections out) {
            Map<String, String> typeOfKey = new HashMap<>();
            out.fragments().forEach((typeName, fragment) -> {
                for (OutSelections.OutField f : List.copyOf(fragment.fields())) {
                    if (f.fieldName().startsWith("__")) {
                        continue;
                    }
                    String subgraphType =
                            field(supergraph.type(typeName), f.fieldName()).typeIn(graph);
                    String first = typeOfKey.putIfAbsent(f.responseKey(), subgraphType);
                    if (first != null && !first.equals(subgraphType)) {
                        fragment.alias(f, CONFLICT_ALIAS + typeName + "__" + f.responseKey());
                    }
                }
            });
        }

        /**
         * Plans fields selected on an object of a concrete type. Returns the groups that write
         * those fields (the group itself and any entity jumps), which dependents must wait for.
         */
        private Set<FetchGroup> planObject(
                FetchGroup group,
                OutSelections out,
                SupergraphType type,
                List<NField> fields,
                List<String> path,
                Provided provided,
                int depth,
                Ancestor ancestor) {
            Ancestor here = type.keys(group.graph).isEmpty()
                    ? ancestor
                    : new Ancestor(type, out, path, provided, fields, List.of());
            Set<FetchGroup> writers = new LinkedHashSet<>();
            for (NField f : fields) {
                if (f.isTypename()) {
                    continue; // the gateway knows the concrete type of every object it returns
                }
                SupergraphField field = field(type, f.fieldName());
                FieldSource source = field.source(group.graph);
                boolean local = type.inGraph(group.graph)
                        && (field.resolvableIn(group.graph)
                                || provided.has(f.fieldName())
                                || isKeyField(type, group.graph, f.fieldName()));
                boolean requiresMet = source == null
                        || source.requires() == null
                        || (group.entity
                                && group.mergePath.equals(path)
                                && hasRequirements(group, type, source, fields));
                if (local && requiresMet) {
                    writers.add(group);
                    OutSelections.OutField o = out.field(f.responseKey(), f.fieldName(), f.arguments(), f.conditions());
                    if (isComposite(f)) {
                        // nested jumps write into the value too: a requirer waits for them all
                        writers.addAll(planComposite(
                                group,
                                o.children(),
                                f,
                                path,
                                provided.into(f.fieldName(), source == null ? null : source.provides()),
                                depth,
                                here == null ? null : here.through(f)));
                    }
                } else if (!local && field.resolvingGraphs().isEmpty() && interfaceObjectOwner(type, f) != null) {
                    SupergraphType iface = interfaceObjectOwner(type, f);
                    SupergraphField ifaceField = field(iface, f.fieldName());
                    FetchGroup jump = jumpTo(
                            group,
                            out,
                            iface,
                            type,
                            ifaceField,
                            chooseGraph(group, iface, ifaceField, path, provided),
                            path,
                            provided,
                            fields,
                            depth);
                    writers.add(jump);
                    writers.addAll(planObject(
                            jump,
                            jump.selections.fragment(iface.name()),
                            iface,
                            List.of(f),
                            path,
                            Provided.NONE,
                            depth + 1,
                            null));
                } else if (!reachableByKey(type, field)
                        && here != null
                        && !here.chain().isEmpty()) {
                    writers.add(jumpThroughAncestor(group, here, type, f, depth));
                } else {
                    FetchGroup jump = jump(group, out, type, field, path, provided, fields, depth);
                    writers.add(jump);
                    writers.addAll(planObject(
                            jump,
                            jump.selections.fragment(type.name()),
                            type,
                            List.of(f),
                            path,
                            Provided.NONE,
                            depth + 1,
                            null));
                }
            }
            return writers;
        }

        /**
         * The interface of the object type whose field is resolved by an {@code @interfaceObject}
         * subgraph through {@code _entities} on the interface's name; null when there is none.
         */
        private SupergraphType interfaceObjectOwner(SupergraphType type, NField f) {
            for (String name : type.interfaces()) {
                SupergraphType iface = supergraph.type(name);
                SupergraphField field = iface.field(f.fieldName());
                if (field != null
                        && field.resolvingGraphs().stream()
                                .anyMatch(g -> iface.isInterfaceObjectIn(g)
                                        && !iface.resolvableKeys(g).isEmpty())) {
                    return iface;
                }
            }
            return null;
        }

        /** The entity fetch that answers {@code field} for the objects at {@code path}, created or reused. */
        private FetchGroup jump(
                FetchGroup from,
                OutSelections out,
                SupergraphType type,
                SupergraphField field,
                List<String> path,
                Provided provided,
                List<NField> siblings,
                int depth) {
            if (depth > MAX_JUMP_DEPTH) {
                throw new PlanningException(
                        "cannot reach " + type.name() + "." + field.name() + " from subgraph " + from.graph);
            }
            return jumpTo(
                    from,
                    out,
                    type,
                    type,
                    field,
                    chooseGraph(from, type, field, path, provided),
                    path,
                    provided,
                    siblings,
                    depth);
        }

        /**
         * The entity fetch from {@code target} for the objects at {@code path}, created or reused:
         * representations of {@code type}, their fields planned in {@code from} on {@code concrete}
         * (an implementation when {@code type} is the interface an {@code @interfaceObject} knows).
         */
        private FetchGroup jumpTo(
                FetchGroup from,
                OutSelections out,
                SupergraphType type,
                SupergraphType concrete,
                SupergraphField field,
                String target,
                List<String> path,
                Provided provided,
                List<NField> siblings,
                int depth) {
            String childKey = String.join(".", path) + "->" + target;
            FetchGroup existing = from.children.get(childKey);
            out.field("__typename", "__typename", List.of(), List.of());
            List<NField> keyFields = List.of();
            // objects of each implementation sent as the interface's representations need their own key
            boolean asInterface = concrete != type;
            if (existing == null || !existing.requirements.containsKey(type.name()) || asInterface) {
                // the key is planned before the jump exists, so it never comes from the jump itself
                EntityKey key = chooseKey(from.graph, type, target, provided);
                keyFields = synthetic(type, FieldSets.fields(key.selection()), siblings);
            }
            Set<FetchGroup> suppliers =
                    new LinkedHashSet<>(planObject(from, out, concrete, keyFields, path, provided, depth + 1, null));
            FetchGroup jump = existing;
            if (jump == null) {
                jump = newGroup(target, path, true, from);
                from.children.put(childKey, jump);
            }
            if (type.isAbstract()) {
                for (SupergraphType possible : supergraph.possibleTypes(type.name())) {
                    jump.representedAs.put(possible.name(), type.name());
                }
            }
            OutSelections representation = jump.requirements.computeIfAbsent(type.name(), t -> new OutSelections());
            addRequirements(representation, keyFields);
            Set<String> keyKeys = jump.keyFields.computeIfAbsent(type.name(), t -> new LinkedHashSet<>());
            keyFields.forEach(k -> keyKeys.add(k.responseKey()));
            FieldSource targetSource = field.source(target);
            if (targetSource != null
                    && targetSource.requires() != null
                    && (asInterface || !hasRequirements(jump, type, targetSource, siblings))) {
                List<NField> required =
                        synthetic(type, FieldSets.fields(FieldSets.parse(targetSource.requires())), siblings);
                suppliers.addAll(planObject(from, out, concrete, required, path, provided, depth + 1, null));
                addRequirements(representation, required);
            }
            suppliers.remove(jump);
            jump.dependsOn.addAll(suppliers);
            return jump;
        }

        /** Whether some subgraph resolving the field can be reached by a key of the type. */
        private boolean reachableByKey(SupergraphType type, SupergraphField field) {
            return field.resolvingGraphs().stream()
                    .anyMatch(g -> !type.resolvableKeys(g).isEmpty());
        }

        /**
         * A field of a type without a key that only other subgraphs resolve: those subgraphs are
         * asked through the nearest entity ancestor ({@code _entities} on the ancestor, then the
         * chain of value fields down to it) or, under a query's root, at their own root.
         */
        private FetchGroup jumpThroughAncestor(
                FetchGroup group, Ancestor ancestor, SupergraphType type, NField f, int depth) {
            SupergraphField field = field(type, f.fieldName());
            String prefix = String.join(".", ancestor.path()) + "->";
            boolean root = ancestor.path().isEmpty();
            List<String> candidates = field.resolvingGraphs().stream()
                    .filter(g -> (root || !ancestor.type().resolvableKeys(g).isEmpty()) && chainResolvable(ancestor, g))
                    .toList();
            if (candidates.isEmpty()) {
                throw new PlanningException("cannot reach " + type.name() + "." + f.fieldName() + " from subgraph "
                        + group.graph + ": no subgraph resolves it under an entity above it");
            }
            String target = candidates.stream()
                    .filter(g -> root ? queryRoots.containsKey(g) : group.children.containsKey(prefix + g))
                    .findFirst()
                    .orElse(candidates.get(0));
            NField wrapped = f;
            for (int i = ancestor.chain().size() - 1; i >= 0; i--) {
                NField c = ancestor.chain().get(i);
                wrapped = new NField(
                        c.responseKey(),
                        c.fieldName(),
                        c.arguments(),
                        c.conditions(),
                        c.typeConditions(),
                        c.type(),
                        List.of(wrapped));
            }
            SupergraphType entity = ancestor.type();
            if (root) {
                // a @shareable root field split over subgraphs: the part this one lacks from another's root
                FetchGroup other = queryRoots.computeIfAbsent(target, g -> newGroup(g, List.of(), false, null));
                planObject(
                        other, other.selections, entity, List.of(wrapped), List.of(), Provided.NONE, depth + 1, null);
                return other;
            }
            FetchGroup jump = jumpTo(
                    group,
                    ancestor.out(),
                    entity,
                    entity,
                    field(entity, ancestor.chain().get(0).fieldName()),
                    target,
                    ancestor.path(),
                    ancestor.provided(),
                    ancestor.fields(),
                    depth);
            planObject(
                    jump,
                    jump.selections.fragment(entity.name()),
                    entity,
                    List.of(wrapped),
                    ancestor.path(),
                    Provided.NONE,
                    depth + 1,
                    null);
            return jump;
        }

        /** Whether the graph resolves every field from the ancestor down to the value object. */
        private boolean chainResolvable(Ancestor ancestor, String graph) {
            SupergraphType at = ancestor.type();
            for (NField c : ancestor.chain()) {
                SupergraphField f = field(at, c.fieldName());
                if (!f.resolvableIn(graph)) {
                    return false;
                }
                at = supergraph.type(baseName(c.type()));
            }
            return true;
        }

        private String chooseGraph(
                FetchGroup from, SupergraphType type, SupergraphField field, List<String> path, Provided provided) {
            List<String> candidates = new ArrayList<>();
            for (String graph : field.resolvingGraphs()) {
                if (!type.resolvableKeys(graph).isEmpty()) {
                    candidates.add(graph);
                }
            }
            if (candidates.isEmpty()) {
                throw new PlanningException("no subgraph can resolve " + type.name() + "." + field.name()
                        + " for an entity coming from subgraph " + from.graph);
            }
            String prefix = String.join(".", path) + "->";
            for (String graph : candidates) {
                if (from.children.containsKey(prefix + graph)) {
                    return graph; // batch with the jump already planned at this path
                }
            }
            for (String graph : candidates) {
                if (type.resolvableKeys(graph).stream()
                        .anyMatch(k -> locallyAvailable(from.graph, type, k.selection(), provided))) {
                    return graph;
                }
            }
            return candidates.get(0);
        }

        /** The cheapest key of the target the current subgraph can fill; otherwise the cheapest key. */
        private EntityKey chooseKey(String fromGraph, SupergraphType type, String target, Provided provided) {
            List<EntityKey> keys = new ArrayList<>(type.resolvableKeys(target));
            keys.sort(Comparator.comparingInt(EntityKey::weight));
            return keys.stream()
                    .filter(k -> locallyAvailable(fromGraph, type, k.selection(), provided))
                    .findFirst()
                    .orElse(keys.get(0));
        }

        private boolean locallyAvailable(String graph, SupergraphType type, SelectionSet selection, Provided provided) {
            if (!type.inGraph(graph)) {
                return false;
            }
            for (Field f : FieldSets.fields(selection)) {
                SupergraphField field = type.field(f.getName());
                if (field == null
                        || !(field.resolvableIn(graph)
                                || provided.has(f.getName())
                                || isKeyField(type, graph, f.getName()))) {
                    return false;
                }
                if (f.getSelectionSet() != null) {
                    SupergraphType nested = supergraph.type(field.typeName());
                    if (nested.isAbstract()
                            || !locallyAvailable(
                                    graph, nested, f.getSelectionSet(), provided.into(f.getName(), null))) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Whether a jump's representations of the type already carry every field the source requires. */
        private boolean hasRequirements(
                FetchGroup group, SupergraphType type, FieldSource source, List<NField> siblings) {
            OutSelections representation = group.requirements.get(type.name());
            if (representation == null) {
                return false;
            }
            Set<String> present = new HashSet<>();
            representation.fields().forEach(f -> present.add(f.responseKey()));
            return synthetic(type, FieldSets.fields(FieldSets.parse(source.requires())), siblings).stream()
                    .allMatch(f -> present.contains(f.responseKey()));
        }

        /**
         * Representation fields as NFields, under their own names unless a client alias takes the
         * name. A field with arguments gets an alias naming them, since the client or another
         * requirer may select the same field with other arguments on the same object.
         */
        private List<NField> synthetic(SupergraphType type, List<Field> fields, List<NField> siblings) {
            List<NField> result = new ArrayList<>();
            for (Field f : fields) {
                SupergraphField field = field(type, f.getName());
                GraphQLType apiType = apiType(type.name(), f.getName());
                boolean taken = siblings.stream()
                        .anyMatch(s -> s.responseKey().equals(f.getName())
                                && (!s.fieldName().equals(f.getName())
                                        || !s.arguments().isEmpty()));
                String key = !f.getArguments().isEmpty()
                        ? argumentAlias(f)
                        : taken ? INTERNAL_ALIAS + f.getName() : f.getName();
                List<NField> children = List.of();
                if (f.getSelectionSet() != null) {
                    children = syntheticSelection(supergraph.type(field.typeName()), f.getSelectionSet());
                }
                result.add(new NField(
                        key,
                        f.getName(),
                        f.getArguments(),
                        List.of(),
                        null,
                        (graphql.schema.GraphQLOutputType) apiType,
                        children));
            }
            return result;
        }

        /**
         * The selection of a required composite field: its fields, and those of its inline
         * fragments restricted to the fragment's possible types (a @requires on an abstract type).
         */
        private List<NField> syntheticSelection(SupergraphType type, SelectionSet selection) {
            List<NField> result = new ArrayList<>(synthetic(type, FieldSets.fields(selection), List.of()));
            for (graphql.language.Selection<?> s : selection.getSelections()) {
                if (s instanceof InlineFragment fragment) {
                    SupergraphType on = fragment.getTypeCondition() == null
                            ? type
                            : supergraph.type(fragment.getTypeCondition().getName());
                    Set<String> possible = new LinkedHashSet<>();
                    if (on.isAbstract()) {
                        supergraph.possibleTypes(on.name()).forEach(t -> possible.add(t.name()));
                    } else {
                        possible.add(on.name());
                    }
                    for (NField f : syntheticSelection(on, fragment.getSelectionSet())) {
                        Set<String> conditions = new LinkedHashSet<>(possible);
                        if (f.typeConditions() != null) {
                            conditions.retainAll(f.typeConditions());
                        }
                        result.add(new NField(
                                f.responseKey(),
                                f.fieldName(),
                                f.arguments(),
                                f.conditions(),
                                conditions,
                                f.type(),
                                f.children()));
                    }
                }
            }
            return result;
        }

        /** The field's type with named types as references: enough for paths and composite checks. */
        private GraphQLType apiType(String typeName, String fieldName) {
            return typeOf(field(supergraph.type(typeName), fieldName).type());
        }

        private GraphQLType typeOf(graphql.language.Type<?> type) {
            if (type instanceof graphql.language.NonNullType nn) {
                return GraphQLNonNull.nonNull(typeOf(nn.getType()));
            }
            if (type instanceof graphql.language.ListType list) {
                return GraphQLList.list(typeOf(list.getType()));
            }
            return graphql.schema.GraphQLTypeReference.typeRef(((graphql.language.TypeName) type).getName());
        }

        private void addRequirements(OutSelections representation, List<NField> fields) {
            if (fields.stream().anyMatch(f -> f.typeConditions() != null)) {
                // the subgraph tells the fragments of an abstract value apart by its __typename
                representation.field("__typename", "__typename", List.of(), List.of());
            }
            for (NField f : fields) {
                if (f.typeConditions() == null) {
                    add(representation, f);
                } else {
                    f.typeConditions().forEach(t -> add(representation.fragment(t), f));
                }
            }
        }

        private void add(OutSelections representation, NField f) {
            OutSelections.OutField o = representation.field(f.responseKey(), f.fieldName(), List.of(), List.of());
            if (!f.children().isEmpty()) {
                addRequirements(o.children(), f.children());
            }
        }

        private FetchGroup newGroup(String graph, List<String> path, boolean entity, FetchGroup parent) {
            FetchGroup group = new FetchGroup(groups.size(), graph, List.copyOf(path), entity, parent);
            groups.add(group);
            return group;
        }

        /** Orders groups by dependency depth: a Sequence of Parallel steps. */
        List<PlanNode> order(List<FetchGroup> segment) {
            Map<FetchGroup, Integer> levels = new HashMap<>();
            int maxLevel = 0;
            for (FetchGroup g : segment) {
                maxLevel = Math.max(maxLevel, level(g, levels));
            }
            List<PlanNode> steps = new ArrayList<>();
            for (int level = 0; level <= maxLevel; level++) {
                List<FetchGroup> inLevel = new ArrayList<>();
                for (FetchGroup g : segment) {
                    if (levels.get(g) == level) {
                        inLevel.add(g);
                    }
                }
                List<PlanNode> parallel = batched(inLevel);
                if (!parallel.isEmpty()) {
                    steps.add(parallel.size() == 1 ? parallel.get(0) : new PlanNode.Parallel(parallel));
                }
            }
            return steps;
        }

        private int level(FetchGroup g, Map<FetchGroup, Integer> levels) {
            Integer known = levels.get(g);
            if (known != null) {
                return known;
            }
            int level = 0;
            for (FetchGroup d : g.dependsOn) {
                level = Math.max(level, level(d, levels) + 1);
            }
            levels.put(g, level);
            return level;
        }

        /**
         * The nodes of one level, with the entity fetches of each subgraph merged into one
         * {@link PlanNode.BatchFetch} where there are several. The merge is decided here, in the plan
         * (cached per operation, shown by {@link QueryPlan#describe()}), rather than in the executor,
         * because the executor runs a Sequence of levels, each waiting for the whole level before it:
         * every fetch of a level becomes runnable at the same moment, and a fetch that needs
         * another's result is always on a later level, so it is never merged with it.
         */
        private List<PlanNode> batched(List<FetchGroup> level) {
            Map<String, List<FetchGroup>> entityFetches = new LinkedHashMap<>();
            for (FetchGroup g : level) {
                if (g.entity) {
                    entityFetches
                            .computeIfAbsent(g.graph, k -> new ArrayList<>())
                            .add(g);
                }
            }
            List<PlanNode> nodes = new ArrayList<>();
            for (FetchGroup g : level) {
                List<FetchGroup> sameGraph = g.entity ? entityFetches.get(g.graph) : List.of(g);
                if (sameGraph.size() == 1) {
                    nodes.add(node(g));
                } else if (sameGraph.get(0) == g) {
                    nodes.add(batchNode(sameGraph)); // where the subgraph's first fetch of the level was
                }
            }
            return nodes;
        }

        /**
         * One request for several entity fetches to one subgraph. Fetches whose answers can share
         * one {@code _entities} field do ({@link SharedEntities}), so an object found at several
         * paths is sent once and the subgraph resolves one list; the others get an aliased field
         * each ({@code _0}, {@code _1}, ...), with a representation list of its own. Where fetches
         * with different selections share a field, the request with them apart is kept for an
         * answer with errors ({@link PlanNode.BatchFetch#apart()}).
         */
        private PlanNode.BatchFetch batchNode(List<FetchGroup> sameGraph) {
            List<PlanNode.Fetch> alone = new ArrayList<>(sameGraph.size());
            sameGraph.forEach(g -> alone.add(((PlanNode.Flatten) node(g)).fetch()));
            List<SharedEntities> apart = share(sameGraph, alone, false);
            List<SharedEntities> united = share(sameGraph, alone, true);
            PlanNode.BatchFetch separately = request(apart, null);
            return united.size() == apart.size() ? separately : request(united, separately);
        }

        /** @param fetchesAlone for each group, the fetch it would make on its own */
        private List<SharedEntities> share(
                List<FetchGroup> sameGraph, List<PlanNode.Fetch> fetchesAlone, boolean unite) {
            List<SharedEntities> shared = new ArrayList<>();
            for (int i = 0; i < sameGraph.size(); i++) {
                FetchGroup g = sameGraph.get(i);
                PlanNode.Fetch alone = fetchesAlone.get(i);
                SharedEntities into = null;
                for (SharedEntities candidate : shared) {
                    if (alone.equals(candidate.fetch) || (unite && candidate.canUnite(g, alone))) {
                        into = candidate;
                        break;
                    }
                }
                if (into == null) {
                    shared.add(new SharedEntities(g, alone));
                } else {
                    into.add(g, alone);
                }
            }
            return shared;
        }

        private PlanNode.BatchFetch request(List<SharedEntities> shared, PlanNode.BatchFetch apart) {
            Set<String> clientVariables = clientVariables();
            Set<String> used = new HashSet<>();
            List<String> definitions = new ArrayList<>();
            List<PlanNode.EntityBatch> batches = new ArrayList<>();
            OutSelections fields = new OutSelections();
            for (SharedEntities field : shared) {
                int i = batches.size();
                // one field needs no alias: each alias counts against a subgraph's alias limit
                String alias = shared.size() == 1 ? "_entities" : "_" + i;
                String variable =
                        unusedName(shared.size() == 1 ? "representations" : "representations" + i, clientVariables);
                definitions.add("$" + variable + ": [_Any!]!");
                entitiesField(fields, alias, variable, field.selections);
                used.addAll(field.fetch.variableUsages());
                List<List<String>> paths =
                        field.groups.stream().map(g -> g.mergePath).toList();
                batches.add(new PlanNode.EntityBatch(alias, variable, paths, field.fetch));
            }
            List<String> usages = new ArrayList<>();
            declareClientVariables(used, usages, definitions);
            StringBuilder text = new StringBuilder("query(")
                    .append(String.join(", ", definitions))
                    .append(") ");
            fields.print(text, 0);
            String graph = shared.get(0).groups.get(0).graph;
            return new PlanNode.BatchFetch(graph, text.toString(), usages, batches, apart);
        }

        /**
         * Entity fetches of one level to one subgraph that share one {@code _entities} field: the same
         * operation, or the union of their selections where that cannot change what a client reads.
         * The answer to a representation is merged into every object that sent it, whichever path it
         * is at, so each of those objects receives the fields the others asked for too. That is safe
         * when every field the fetches both select is selected alike, and no field only one of them
         * selects has a response key the client reads at another's path (there, it could overwrite
         * what another subgraph put under that key); shaping drops the rest. An error is the
         * exception — one in a non-null field nulls the entity for every path — which is why a
         * united answer with errors is dropped for the fetches apart. Fetches with
         * {@code @include}/{@code @skip} on their fields, or conflict aliases, share only when equal.
         */
        private final class SharedEntities {
            final List<FetchGroup> groups = new ArrayList<>();
            /** The group whose fetch this field makes: the first one's, or the union of all of them. */
            FetchGroup selections;

            PlanNode.Fetch fetch;

            SharedEntities(FetchGroup first, PlanNode.Fetch alone) {
                groups.add(first);
                selections = first;
                fetch = alone;
            }

            void add(FetchGroup g, PlanNode.Fetch alone) {
                groups.add(g);
                if (alone.equals(fetch)) {
                    return;
                }
                FetchGroup union = new FetchGroup(-1, g.graph, selections.mergePath, true, null);
                union.requirements.putAll(selections.requirements);
                union.keyFields.putAll(selections.keyFields);
                union.representedAs.putAll(selections.representedAs);
                copyInto(union.selections, selections.selections);
                copyInto(union.selections, g.selections);
                selections = union;
                fetch = ((PlanNode.Flatten) node(union)).fetch();
            }

            private boolean canUnite(FetchGroup g, PlanNode.Fetch alone) {
                if (!alone.requires().equals(fetch.requires())
                        || !alone.representedAs().equals(fetch.representedAs())
                        || alone.conflictAliases()
                        || fetch.conflictAliases()
                        || hasConditions(alone)
                        || hasConditions(fetch)) {
                    return false;
                }
                Set<String> clientKeysHere = new HashSet<>();
                for (FetchGroup member : groups) {
                    Set<String> keys = clientKeysAt(member.mergePath);
                    if (keys == null) {
                        return false;
                    }
                    clientKeysHere.addAll(keys);
                }
                Set<String> clientKeysThere = clientKeysAt(g.mergePath);
                if (clientKeysThere == null) {
                    return false;
                }
                Set<String> types =
                        new LinkedHashSet<>(selections.selections.fragments().keySet());
                types.addAll(g.selections.fragments().keySet());
                for (String type : types) {
                    Map<String, String> ours =
                            printedFields(selections.selections.fragments().get(type));
                    Map<String, String> theirs =
                            printedFields(g.selections.fragments().get(type));
                    for (Map.Entry<String, String> field : ours.entrySet()) {
                        String other = theirs.get(field.getKey());
                        if (other == null
                                ? clientKeysThere.contains(field.getKey())
                                : !other.equals(field.getValue())) {
                            return false;
                        }
                    }
                    for (String key : theirs.keySet()) {
                        if (!ours.containsKey(key) && clientKeysHere.contains(key)) {
                            return false;
                        }
                    }
                }
                return true;
            }

            private static boolean hasConditions(PlanNode.Fetch fetch) {
                return fetch.fieldConditions().stream().anyMatch(c -> !c.isEmpty());
            }

            private static Map<String, String> printedFields(OutSelections selection) {
                Map<String, String> printed = new LinkedHashMap<>();
                if (selection != null) {
                    selection.fields().forEach(f -> printed.put(f.responseKey(), f.printed()));
                }
                return printed;
            }
        }

        /**
         * The response keys the client selects in the objects at {@code mergePath} (its response
         * keys, {@code @} for a list), under any condition or type condition; null when the path
         * goes through a key of the planner's own (an alias the client did not write).
         */
        private Set<String> clientKeysAt(List<String> mergePath) {
            List<NField> level = operation.fields();
            for (String step : mergePath) {
                if (step.equals("@")) {
                    continue;
                }
                List<NField> next = new ArrayList<>();
                for (NField f : level) {
                    if (f.responseKey().equals(step)) {
                        next.addAll(f.children());
                    }
                }
                if (next.isEmpty()) {
                    return null;
                }
                level = next;
            }
            Set<String> keys = new HashSet<>();
            level.forEach(f -> keys.add(f.responseKey()));
            return keys;
        }

        /**
         * Adds the client's variables that a subgraph operation uses to its {@code usages} and, as
         * declarations without directives, to its {@code definitions}, in the client's order.
         */
        private void declareClientVariables(Set<String> used, List<String> usages, List<String> definitions) {
            for (VariableDefinition definition : operation.variableDefinitions()) {
                if (used.contains(definition.getName())) {
                    usages.add(definition.getName());
                    definitions.add(AstPrinter.printAst(definition.transform(b -> b.directives(List.of()))));
                }
            }
        }

        private Set<String> clientVariables() {
            Set<String> names = new HashSet<>();
            operation.variableDefinitions().forEach(d -> names.add(d.getName()));
            return names;
        }

        /** {@code name}, or with underscores appended until no client variable is called so. */
        private static String unusedName(String name, Set<String> taken) {
            String result = name;
            while (taken.contains(result)) {
                result += "_";
            }
            return result;
        }

        /** Adds {@code alias: _entities(representations: $variable) { ...g's selections }} to {@code target}. */
        private void entitiesField(OutSelections target, String alias, String variable, FetchGroup g) {
            OutSelections.OutField call = target.field(
                    alias,
                    "_entities",
                    List.of(graphql.language.Argument.newArgument(
                                    "representations", graphql.language.VariableReference.of(variable))
                            .build()),
                    List.of());
            g.selections
                    .fragments()
                    .forEach((type, sel) -> copyInto(call.children().fragment(type), sel));
        }

        private PlanNode node(FetchGroup g) {
            Set<String> variables = new LinkedHashSet<>();
            g.selections.collectVariables(variables);
            List<String> usages = new ArrayList<>();
            List<String> definitions = new ArrayList<>();
            // named apart from the client's variables, which the fetch may pass on
            String representations = g.entity ? unusedName("representations", clientVariables()) : null;
            if (g.entity) {
                definitions.add("$" + representations + ": [_Any!]!");
            }
            declareClientVariables(variables, usages, definitions);
            StringBuilder text = new StringBuilder(operation.isMutation() && !g.entity ? "mutation" : "query");
            if (!definitions.isEmpty()) {
                text.append('(').append(String.join(", ", definitions)).append(')');
            }
            text.append(' ');
            if (g.entity) {
                OutSelections entities = new OutSelections();
                entitiesField(entities, "_entities", representations, g);
                entities.print(text, 0);
            } else {
                g.selections.print(text, 0);
            }
            Map<String, List<PlanNode.RequiredField>> requires = new LinkedHashMap<>();
            StringBuilder requiresText = new StringBuilder();
            if (g.entity) {
                OutSelections printable = new OutSelections();
                g.requirements.forEach((type, sel) -> {
                    requires.put(type, required(sel, g.keyFields.getOrDefault(type, Set.of())));
                    OutSelections frag = printable.fragment(type);
                    frag.field("__typename", "__typename", List.of(), List.of());
                    copyInto(frag, sel);
                });
                printable.print(requiresText, 0);
            }
            List<List<Condition>> fieldConditions = new ArrayList<>();
            OutSelections top = g.entity ? null : g.selections;
            if (g.entity) {
                g.selections
                        .fragments()
                        .values()
                        .forEach(sel -> sel.fields().forEach(f -> fieldConditions.add(f.conditions)));
            } else {
                top.fields().forEach(f -> fieldConditions.add(f.conditions));
            }
            PlanNode.Fetch fetch = new PlanNode.Fetch(
                    g.graph,
                    text.toString(),
                    usages,
                    g.entity,
                    requires,
                    requiresText.toString(),
                    Map.copyOf(g.representedAs),
                    representations,
                    fieldConditions,
                    text.indexOf(CONFLICT_ALIAS) >= 0);
            return g.entity ? new PlanNode.Flatten(g.mergePath, fetch) : fetch;
        }

        private List<PlanNode.RequiredField> required(OutSelections sel, Set<String> keyFields) {
            List<PlanNode.RequiredField> result = new ArrayList<>();
            required(sel, keyFields, null, result);
            return result;
        }

        private void required(
                OutSelections sel, Set<String> keyFields, String onType, List<PlanNode.RequiredField> result) {
            for (OutSelections.OutField f : sel.fields()) {
                result.add(new PlanNode.RequiredField(
                        f.responseKey(),
                        f.fieldName(),
                        f.children == null ? List.of() : required(f.children, Set.of()),
                        keyFields.contains(f.responseKey()),
                        onType));
            }
            sel.fragments().forEach((type, fragment) -> required(fragment, Set.of(), type, result));
        }

        private void copyInto(OutSelections target, OutSelections source) {
            for (OutSelections.OutField f : source.fields()) {
                OutSelections.OutField copy = target.field(f.responseKey, f.fieldName, f.arguments, f.conditions);
                if (f.children != null) {
                    copyInto(copy.children(), f.children);
                }
            }
            source.fragments().forEach((type, sel) -> copyInto(target.fragment(type), sel));
        }
    }

    /** {@code price(currency: "EUR")} → {@code _entente_price_currency_EUR}: one alias per argument list. */
    private static String argumentAlias(Field f) {
        StringBuilder alias = new StringBuilder(INTERNAL_ALIAS).append(f.getName());
        for (graphql.language.Argument a : f.getArguments()) {
            alias.append('_').append(AstPrinter.printAstCompact(a).replaceAll("[^A-Za-z0-9]+", "_"));
        }
        return alias.toString().replaceAll("_+$", "");
    }

    private SupergraphField field(SupergraphType type, String name) {
        SupergraphField field = type.field(name);
        if (field == null) {
            throw new PlanningException("type " + type.name() + " has no field " + name);
        }
        return field;
    }

    private static boolean isKeyField(SupergraphType type, String graph, String field) {
        for (EntityKey key : type.keys(graph)) {
            if (FieldSets.fields(key.selection()).stream()
                    .anyMatch(f -> f.getName().equals(field))) {
                return true;
            }
        }
        return false;
    }

    static String baseName(GraphQLType type) {
        GraphQLType t = type;
        while (t instanceof GraphQLNonNull || t instanceof GraphQLList) {
            t = t instanceof GraphQLNonNull nn ? nn.getWrappedType() : ((GraphQLList) t).getWrappedType();
        }
        return ((graphql.schema.GraphQLNamedType) t).getName();
    }
}
