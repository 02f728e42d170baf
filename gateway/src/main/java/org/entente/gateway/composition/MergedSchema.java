package org.entente.gateway.composition;

import graphql.language.Directive;
import graphql.language.InputValueDefinition;
import graphql.language.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.gateway.supergraph.TypeKind;

/** The result of merging subgraphs: what {@link SupergraphPrinter} writes as {@code @join__*} SDL. */
final class MergedSchema {

    record JoinField(
            String graph,
            boolean external,
            String requires,
            String provides,
            String overrideFrom,
            boolean usedOverridden,
            String overrideLabel,
            String type) {
        boolean plain() {
            return !external
                    && requires == null
                    && provides == null
                    && overrideFrom == null
                    && !usedOverridden
                    && overrideLabel == null
                    && type == null;
        }
    }

    record JoinType(String graph, SubgraphSchema.Key key, boolean extension) {}

    static final class MergedField {
        final String name;
        Type<?> type;
        List<InputValueDefinition> arguments;
        String description;
        boolean inaccessible;
        Directive deprecated;
        final List<JoinField> joins = new ArrayList<>();

        MergedField(String name) {
            this.name = name;
        }
    }

    static final class MergedType {
        final String name;
        final TypeKind kind;
        String description;
        boolean inaccessible;
        final List<JoinType> joinTypes = new ArrayList<>();
        final Set<String> graphs = new LinkedHashSet<>();
        final Map<String, MergedField> fields = new LinkedHashMap<>();
        final Map<String, Set<String>> interfacesByGraph = new LinkedHashMap<>();
        final Map<String, Set<String>> membersByGraph = new LinkedHashMap<>();
        final Map<String, Boolean> enumValues = new LinkedHashMap<>();
        final Map<String, InputValueDefinition> inputFields = new LinkedHashMap<>();

        MergedType(String name, TypeKind kind) {
            this.name = name;
            this.kind = kind;
        }

        Set<String> interfaces() {
            Set<String> all = new LinkedHashSet<>();
            interfacesByGraph.values().forEach(all::addAll);
            return all;
        }

        Set<String> members() {
            Set<String> all = new LinkedHashSet<>();
            membersByGraph.values().forEach(all::addAll);
            return all;
        }
    }

    final Map<String, String> graphUrls = new LinkedHashMap<>();
    final Map<String, MergedType> types = new LinkedHashMap<>();
}
