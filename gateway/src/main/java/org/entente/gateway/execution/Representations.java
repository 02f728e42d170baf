package org.entente.gateway.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.gateway.planning.PlanNode;

/**
 * The de-duplicated representations for one entity fetch (the objects at one path, or at every
 * path of a {@link PlanNode.EntityBatch}), and for each the response objects (with their paths)
 * that receive its answer.
 */
final class Representations {

    private final Map<Map<String, Object>, Integer> index = new LinkedHashMap<>();
    private final List<Map<String, Object>> values = new ArrayList<>();
    private final List<List<Map<String, Object>>> targets = new ArrayList<>();
    private final List<List<ResponsePath>> paths = new ArrayList<>();

    /** Objects of a handled type that cannot be fetched: a key or required field is missing or null. */
    private final List<ResponsePath> unfetchable = new ArrayList<>();
    /** Concrete types whose objects are sent under an interface's name ({@code @interfaceObject}). */
    private Map<String, String> representedAs = Map.of();

    static Representations collect(
            Map<String, Object> data,
            List<List<String>> paths,
            Map<String, List<PlanNode.RequiredField>> requires,
            Map<String, String> representedAs) {
        Representations result = new Representations();
        result.representedAs = representedAs;
        for (List<String> path : paths) {
            result.walk(data, path, 0, ResponsePath.ROOT, requires);
        }
        return result;
    }

    /** None at all: for a fetch whose every field {@code @include}/{@code @skip} excludes. */
    static Representations none() {
        return new Representations();
    }

    @SuppressWarnings("unchecked")
    private void walk(
            Object value,
            List<String> path,
            int depth,
            ResponsePath at,
            Map<String, List<PlanNode.RequiredField>> requires) {
        if (value == null) {
            return;
        }
        if (depth == path.size()) {
            if (value instanceof Map<?, ?> object) {
                add((Map<String, Object>) object, at, requires);
            }
            return;
        }
        String step = path.get(depth);
        if (step.equals("@")) {
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    walk(list.get(i), path, depth + 1, at.then(i), requires);
                }
            }
        } else if (value instanceof Map<?, ?> object) {
            walk(object.get(step), path, depth + 1, at.then(step), requires);
        }
    }

    private void add(Map<String, Object> object, ResponsePath at, Map<String, List<PlanNode.RequiredField>> requires) {
        if (object.containsKey(ExecutionState.MISSING_ENTITY)) {
            return; // its subgraph does not know it: null as a whole, nothing more to fetch for it
        }
        Object typename = object.get("__typename");
        String type = typename instanceof String s
                ? s
                : requires.size() == 1 ? requires.keySet().iterator().next() : null;
        if (type != null && !requires.containsKey(type)) {
            type = representedAs.get(type); // the subgraph knows the object only as its interface
        }
        List<PlanNode.RequiredField> fields = type == null ? null : requires.get(type);
        if (fields == null) {
            return; // an object of a type this fetch does not handle
        }
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("__typename", type);
        if (!fill(representation, object, fields)) {
            unfetchable.add(at); // an earlier fetch failed for this object, or gave it no key
            return;
        }
        Integer i = index.get(representation);
        if (i == null) {
            i = values.size();
            index.put(representation, i);
            values.add(representation);
            targets.add(new ArrayList<>());
            paths.add(new ArrayList<>());
        }
        targets.get(i).add(object);
        paths.get(i).add(at);
    }

    @SuppressWarnings("unchecked")
    private static boolean fill(
            Map<String, Object> representation, Map<String, Object> object, List<PlanNode.RequiredField> fields) {
        for (PlanNode.RequiredField field : fields) {
            if (field.onType() != null && !field.onType().equals(object.get("__typename"))) {
                continue; // required on another type of an abstract value
            }
            Object value = object.get(field.responseKey());
            if (!object.containsKey(field.responseKey()) || (value == null && field.key())) {
                return false;
            }
            if (field.children().isEmpty() || value == null) {
                representation.put(field.fieldName(), value);
            } else if (value instanceof Map<?, ?> nested) {
                Map<String, Object> inner = new LinkedHashMap<>();
                if (!fill(inner, (Map<String, Object>) nested, field.children())) {
                    return false;
                }
                representation.put(field.fieldName(), inner);
            } else if (value instanceof List<?> list) {
                List<Object> items = new ArrayList<>();
                for (Object item : list) {
                    Map<String, Object> inner = new LinkedHashMap<>();
                    if (item instanceof Map<?, ?> m && !fill(inner, (Map<String, Object>) m, field.children())) {
                        return false;
                    }
                    items.add(item == null ? null : inner);
                }
                representation.put(field.fieldName(), items);
            }
        }
        return true;
    }

    /** Only the representations at {@code indexes}, with their objects: those the entity cache could not answer. */
    Representations subset(List<Integer> indexes) {
        Representations result = new Representations();
        result.representedAs = representedAs;
        for (int i : indexes) {
            result.index.put(values.get(i), result.values.size());
            result.values.add(values.get(i));
            result.targets.add(targets.get(i));
            result.paths.add(paths.get(i));
        }
        return result;
    }

    /** The paths of the objects this fetch would answer but cannot identify. */
    List<List<Object>> unfetchable() {
        return unfetchable.stream().map(ResponsePath::toList).toList();
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    int size() {
        return values.size();
    }

    List<Map<String, Object>> values() {
        return values;
    }

    List<Map<String, Object>> targets(int i) {
        return targets.get(i);
    }

    List<List<Object>> paths(int i) {
        return paths.get(i).stream().map(ResponsePath::toList).toList();
    }
}
