package org.entente.gateway.planning;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.gateway.plugin.ResponseError;

/** Refuses abusive operations before anything is planned or sent: too deep, or too many aliases. */
public record OperationLimits(int maxDepth, int maxAliases) {

    public Optional<GraphQLRequestError> check(
            Document document, OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
        int depth = depth(operation.getSelectionSet(), fragments, new HashSet<>());
        if (depth > maxDepth) {
            return Optional.of(overLimit(
                    "Operation is " + depth + " levels deep; the maximum is " + maxDepth, "maxDepth", maxDepth, depth));
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

    private static GraphQLRequestError overLimit(String message, String limit, int maximum, int actual) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("limit", limit);
        extensions.put("maximum", maximum);
        extensions.put("actual", actual);
        return GraphQLRequestError.of(message, ResponseError.BAD_USER_INPUT, extensions);
    }

    private static int depth(SelectionSet set, Map<String, FragmentDefinition> fragments, Set<String> visiting) {
        if (set == null) {
            return 0;
        }
        int max = 0;
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field f) {
                max = Math.max(
                        max, f.getSelectionSet() == null ? 1 : 1 + depth(f.getSelectionSet(), fragments, visiting));
            } else if (s instanceof InlineFragment i) {
                max = Math.max(max, depth(i.getSelectionSet(), fragments, visiting));
            } else if (s instanceof FragmentSpread spread
                    && fragments.containsKey(spread.getName())
                    && visiting.add(spread.getName())) {
                max = Math.max(max, depth(fragments.get(spread.getName()).getSelectionSet(), fragments, visiting));
                visiting.remove(spread.getName());
            }
        }
        return max;
    }

    private static int aliases(Document document) {
        int[] count = {0};
        document.getDefinitions().forEach(d -> countAliases(d.getChildren(), count));
        return count[0];
    }

    private static void countAliases(java.util.List<graphql.language.Node> nodes, int[] count) {
        for (graphql.language.Node<?> node : nodes) {
            if (node instanceof Field f && f.getAlias() != null) {
                count[0]++;
            }
            countAliases(node.getChildren(), count);
        }
    }
}
