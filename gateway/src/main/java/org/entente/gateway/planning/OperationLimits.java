package org.entente.gateway.planning;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.gateway.plugin.ResponseError;

/**
 * Refuses abusive operations before they are validated, normalized or planned: too deep, too many
 * fields once fragments are expanded, or too many aliases.
 *
 * <p>Every check takes time linear in the document's size. A fragment spread twice per fragment
 * doubles the expanded operation at each level (24 fragments of 40 bytes expand to 2<sup>23</sup>
 * fields), so depth and field count are computed once per fragment and reused at every spread
 * of it, and the field count decides before anything expands the operation.
 */
public record OperationLimits(int maxDepth, int maxAliases, int maxFields) {

    public Optional<GraphQLRequestError> check(
            Document document, OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
        Extent extent = new Measure(fragments).of(operation.getSelectionSet());
        if (extent.depth() > maxDepth) {
            return Optional.of(overLimit(
                    "Operation is " + extent.depth() + " levels deep; the maximum is " + maxDepth,
                    "maxDepth",
                    maxDepth,
                    extent.depth()));
        }
        if (extent.fields() > maxFields) {
            return Optional.of(overLimit(
                    "Operation has " + extent.fields() + " fields once its fragments are expanded; the maximum is "
                            + maxFields,
                    "maxFields",
                    maxFields,
                    extent.fields()));
        }
        int aliases = aliases(document);
        if (aliases > maxAliases) {
            return Optional.of(overLimit(
                    "Operation uses " + aliases + " aliases; the maximum is " + maxAliases,
                    "maxAliases",
                    maxAliases,
                    aliases));
        }
        return Optional.empty();
    }

    private static GraphQLRequestError overLimit(String message, String limit, long maximum, long actual) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("limit", limit);
        extensions.put("maximum", maximum);
        extensions.put("actual", actual);
        return GraphQLRequestError.of(message, ResponseError.BAD_USER_INPUT, extensions);
    }

    /** How deep a selection set nests and how many fields it has with its fragments expanded. */
    private record Extent(int depth, long fields) {
        static final Extent NONE = new Extent(0, 0);

        /** Doubling per fragment can exceed a long; counts stop growing here, far above any limit. */
        private static final long SATURATED = Long.MAX_VALUE / 2;

        Extent with(Extent other) {
            return new Extent(Math.max(depth, other.depth), Math.min(fields + other.fields, SATURATED));
        }

        Extent asChildOfField() {
            return new Extent(depth + 1, Math.min(fields + 1, SATURATED));
        }
    }

    /** Extents of selection sets; each fragment's is computed once. */
    private static final class Measure {
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Extent> byFragment = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();

        Measure(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        Extent of(SelectionSet set) {
            Extent extent = Extent.NONE;
            if (set == null) {
                return extent;
            }
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    extent = extent.with(of(field.getSelectionSet()).asChildOfField());
                } else if (selection instanceof InlineFragment inline) {
                    extent = extent.with(of(inline.getSelectionSet()));
                } else if (selection instanceof FragmentSpread spread) {
                    extent = extent.with(ofFragment(spread.getName()));
                }
            }
            return extent;
        }

        /** An unknown or cyclic fragment adds nothing here: validation refuses the document. */
        private Extent ofFragment(String name) {
            Extent known = byFragment.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null || !inProgress.add(name)) {
                return Extent.NONE;
            }
            Extent extent = of(definition.getSelectionSet());
            inProgress.remove(name);
            byFragment.put(name, extent);
            return extent;
        }
    }

    private static int aliases(Document document) {
        int[] count = {0};
        document.getDefinitions().forEach(d -> countAliases(d.getChildren(), count));
        return count[0];
    }

    private static void countAliases(List<Node> nodes, int[] count) {
        for (Node<?> node : nodes) {
            if (node instanceof Field f && f.getAlias() != null) {
                count[0]++;
            }
            countAliases(node.getChildren(), count);
        }
    }
}
