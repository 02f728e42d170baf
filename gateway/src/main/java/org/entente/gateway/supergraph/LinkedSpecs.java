package org.entente.gateway.supergraph;

import graphql.language.ArrayValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.SchemaDefinition;
import graphql.language.SchemaExtensionDefinition;
import graphql.language.StringValue;
import graphql.language.Value;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The specifications a supergraph links with {@code @link}: their local prefixes (join, link,
 * inaccessible, ...) and imported names. Everything they define is machinery, not API.
 */
final class LinkedSpecs {

    private final Set<String> prefixes = new LinkedHashSet<>();
    private final Set<String> importedDirectives = new LinkedHashSet<>();
    private String joinPrefix = "join";
    private String inaccessibleName = "inaccessible";

    static LinkedSpecs of(Document document) {
        LinkedSpecs specs = new LinkedSpecs();
        specs.prefixes.add("link");
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof SchemaDefinition schema) {
                schema.getDirectives("link").forEach(specs::read);
            }
            if (definition instanceof SchemaExtensionDefinition schema) {
                schema.getDirectives("link").forEach(specs::read);
            }
        }
        specs.prefixes.add(specs.joinPrefix);
        return specs;
    }

    private void read(Directive link) {
        String url = SupergraphParser.string(link, "url");
        if (url == null) {
            return;
        }
        String specName = specName(url);
        String as = SupergraphParser.string(link, "as");
        String prefix = as != null ? as : specName;
        prefixes.add(prefix);
        if (specName.equals("join")) {
            joinPrefix = prefix;
        } else if (specName.equals("inaccessible")) {
            inaccessibleName = prefix;
        }
        if (link.getArgument("import") != null && link.getArgument("import").getValue() instanceof ArrayValue list) {
            for (Value<?> v : list.getValues()) {
                if (v instanceof StringValue s && s.getValue().startsWith("@")) {
                    importedDirectives.add(s.getValue().substring(1));
                }
            }
        }
    }

    /** "https://specs.apollo.dev/join/v0.3" → "join". */
    private static String specName(String url) {
        String[] parts = url.replaceAll("/+$", "").split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : url;
    }

    String joinPrefix() {
        return joinPrefix;
    }

    String inaccessibleName() {
        return inaccessibleName;
    }

    boolean isSpecType(String name) {
        int separator = name.indexOf("__");
        return separator > 0 && prefixes.contains(name.substring(0, separator));
    }

    boolean isSpecDirective(String name) {
        return prefixes.contains(name) || importedDirectives.contains(name) || isSpecType(name);
    }
}
