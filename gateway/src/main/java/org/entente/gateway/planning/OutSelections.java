package org.entente.gateway.planning;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A selection set being built for a subgraph operation: fields plus per-type inline fragments. */
public final class OutSelections {

    /** A field sent to a subgraph. The response key is the client's alias or an internal one. */
    public static final class OutField {
        final String responseKey;
        final String fieldName;
        final List<Argument> arguments;
        final List<Condition> conditions;
        OutSelections children;

        OutField(String responseKey, String fieldName, List<Argument> arguments, List<Condition> conditions) {
            this.responseKey = responseKey;
            this.fieldName = fieldName;
            this.arguments = arguments;
            this.conditions = conditions;
        }

        public String responseKey() {
            return responseKey;
        }

        public String fieldName() {
            return fieldName;
        }

        public OutSelections children() {
            if (children == null) {
                children = new OutSelections();
            }
            return children;
        }

        boolean composite() {
            return children != null;
        }

        /** The field as it is printed in an operation, its selection included. */
        public String printed() {
            StringBuilder out = new StringBuilder();
            printField(out, this, 0);
            return out.toString();
        }
    }

    private final Map<String, OutField> fields = new LinkedHashMap<>();
    private final Map<String, OutSelections> fragments = new LinkedHashMap<>();

    public OutField field(String responseKey, String fieldName, List<Argument> arguments, List<Condition> conditions) {
        String identity = responseKey + "|" + conditions;
        return fields.computeIfAbsent(identity, k -> new OutField(responseKey, fieldName, arguments, conditions));
    }

    /** Gives a field another response key in place (keeping the order of the fields). */
    public void alias(OutField field, String responseKey) {
        Map<String, OutField> renamed = new LinkedHashMap<>();
        fields.forEach((identity, f) -> {
            if (f == field) {
                OutField copy = new OutField(responseKey, f.fieldName, f.arguments, f.conditions);
                copy.children = f.children;
                renamed.put(responseKey + "|" + f.conditions, copy);
            } else {
                renamed.put(identity, f);
            }
        });
        fields.clear();
        fields.putAll(renamed);
    }

    public OutSelections fragment(String typeName) {
        return fragments.computeIfAbsent(typeName, t -> new OutSelections());
    }

    public Collection<OutField> fields() {
        return fields.values();
    }

    public Map<String, OutSelections> fragments() {
        return fragments;
    }

    public boolean isEmpty() {
        return fields.isEmpty() && fragments.isEmpty();
    }

    /** Prints the selection set with braces, indented by {@code indent} spaces. */
    public void print(StringBuilder out, int indent) {
        out.append("{\n");
        if (isEmpty()) {
            pad(out, indent + 2).append("__typename\n");
        }
        for (OutField f : fields.values()) {
            printField(out, f, indent + 2);
        }
        fragments.forEach((type, selections) -> {
            pad(out, indent + 2).append("... on ").append(type).append(' ');
            selections.print(out, indent + 2);
        });
        pad(out, indent).append("}\n");
    }

    private static void printField(StringBuilder out, OutField f, int indent) {
        // one condition goes on the field; further ones wrap it, as a directive may appear only once
        int wraps = Math.max(0, f.conditions.size() - 1);
        for (int i = 1; i < f.conditions.size(); i++) {
            pad(out, indent + 2 * (i - 1))
                    .append("... ")
                    .append(f.conditions.get(i).directive())
                    .append(" {\n");
        }
        int fieldIndent = indent + 2 * wraps;
        pad(out, fieldIndent);
        if (!f.responseKey.equals(f.fieldName)) {
            out.append(f.responseKey).append(": ");
        }
        out.append(f.fieldName);
        if (!f.arguments.isEmpty()) {
            out.append('(');
            for (int i = 0; i < f.arguments.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(AstPrinter.printAstCompact(f.arguments.get(i)));
            }
            out.append(')');
        }
        if (!f.conditions.isEmpty()) {
            out.append(' ').append(f.conditions.get(0).directive());
        }
        if (f.composite()) {
            out.append(' ');
            f.children.print(out, fieldIndent);
        } else {
            out.append('\n');
        }
        for (int i = wraps; i >= 1; i--) {
            pad(out, indent + 2 * (i - 1)).append("}\n");
        }
    }

    /** Names of the variables this selection set uses, in arguments or conditions. */
    public void collectVariables(Set<String> names) {
        for (OutField f : fields.values()) {
            f.conditions.forEach(c -> names.add(c.variable()));
            f.arguments.forEach(a -> collectVariables(a.getValue(), names));
            if (f.children != null) {
                f.children.collectVariables(names);
            }
        }
        fragments.values().forEach(s -> s.collectVariables(names));
    }

    private static void collectVariables(Value<?> value, Set<String> names) {
        if (value instanceof VariableReference v) {
            names.add(v.getName());
        } else if (value instanceof ArrayValue a) {
            a.getValues().forEach(v -> collectVariables(v, names));
        } else if (value instanceof ObjectValue o) {
            for (ObjectField f : o.getObjectFields()) {
                collectVariables(f.getValue(), names);
            }
        }
    }

    static StringBuilder pad(StringBuilder out, int indent) {
        return out.append(" ".repeat(indent));
    }
}
