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

/** One subgraph's schema with federation directives resolved to their meaning. */
final class SubgraphSchema {

    record Key(String fields, boolean resolvable) {}

    static final class TypeDef {
        final String name;
        final TypeKind kind;
        String description;
        boolean shareable;
        boolean inaccessible;
        boolean extension;
        final List<Key> keys = new ArrayList<>();
        final Map<String, FieldDef> fields = new LinkedHashMap<>();
        final Set<String> interfaces = new LinkedHashSet<>();
        final Set<String> members = new LinkedHashSet<>();
        final Map<String, Boolean> enumValues = new LinkedHashMap<>(); // value → inaccessible
        final Map<String, InputValueDefinition> inputFields = new LinkedHashMap<>();

        TypeDef(String name, TypeKind kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    static final class FieldDef {
        final String name;
        final Type<?> type;
        final List<InputValueDefinition> arguments;
        String description;
        boolean external;
        boolean shareable;
        boolean inaccessible;
        String requires;
        String provides;
        String overrideFrom;
        String overrideLabel;
        Directive deprecated;

        FieldDef(String name, Type<?> type, List<InputValueDefinition> arguments) {
            this.name = name;
            this.type = type;
            this.arguments = arguments;
        }
    }

    final String name;
    final String url;
    final Map<String, TypeDef> types = new LinkedHashMap<>();
    String queryType = "Query";
    String mutationType = "Mutation";

    SubgraphSchema(String name, String url) {
        this.name = name;
        this.url = url;
    }
}
