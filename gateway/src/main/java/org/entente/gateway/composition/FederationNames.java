package org.entente.gateway.composition;

import graphql.language.ArrayValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.SchemaDefinition;
import graphql.language.SchemaExtensionDefinition;
import graphql.language.StringValue;
import graphql.language.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one subgraph spells the federation directives. A Federation 2 subgraph links the spec with
 * {@code @link(url: ".../federation/v2.x", import: [...])}: imported directives keep their name
 * (or an {@code as} rename), all others are prefixed {@code federation__} (or {@code <as>__}),
 * which is how SmallRye prints them. A subgraph without the link is Federation 1: plain names.
 */
final class FederationNames {

    private final Map<String, String> canonicalByLocal = new HashMap<>();

    static FederationNames of(Document document) {
        List<Directive> links = new ArrayList<>();
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof SchemaDefinition s) {
                links.addAll(s.getDirectives("link"));
            } else if (d instanceof SchemaExtensionDefinition s) {
                links.addAll(s.getDirectives("link"));
            }
        }
        for (Directive link : links) {
            String url = stringArg(link, "url");
            if (url != null && url.contains("specs.apollo.dev/federation/")) {
                String as = stringArg(link, "as");
                FederationNames names = new FederationNames();
                String prefix = (as == null ? "federation" : as) + "__";
                for (String directive : CANONICAL) {
                    names.canonicalByLocal.put(prefix + directive, directive);
                }
                if (link.getArgument("import") != null
                        && link.getArgument("import").getValue() instanceof ArrayValue list) {
                    for (Value<?> v : list.getValues()) {
                        names.readImport(v);
                    }
                }
                return names;
            }
        }
        FederationNames fed1 = new FederationNames();
        for (String directive : CANONICAL) {
            fed1.canonicalByLocal.put(directive, directive);
        }
        return fed1;
    }

    private static final List<String> CANONICAL = List.of(
            "key",
            "external",
            "requires",
            "provides",
            "shareable",
            "override",
            "inaccessible",
            "extends",
            "tag",
            "interfaceObject",
            "composeDirective",
            "authenticated",
            "requiresScopes",
            "policy",
            "context",
            "fromContext",
            "cost",
            "listSize");

    private void readImport(Value<?> v) {
        if (v instanceof StringValue s && s.getValue().startsWith("@")) {
            String name = s.getValue().substring(1);
            canonicalByLocal.put(name, name);
        } else if (v instanceof ObjectValue o) {
            String name = null;
            String as = null;
            for (ObjectField f : o.getObjectFields()) {
                if (f.getValue() instanceof StringValue s) {
                    if (f.getName().equals("name")) {
                        name = s.getValue();
                    } else if (f.getName().equals("as")) {
                        as = s.getValue();
                    }
                }
            }
            if (name != null && name.startsWith("@")) {
                canonicalByLocal.put(as == null ? name.substring(1) : as.replaceFirst("^@", ""), name.substring(1));
            }
        }
    }

    /** The federation directive a local directive name stands for, or null for any other directive. */
    String canonical(String localName) {
        return canonicalByLocal.get(localName);
    }

    static String stringArg(Directive d, String name) {
        return d.getArgument(name) != null && d.getArgument(name).getValue() instanceof StringValue s
                ? s.getValue()
                : null;
    }
}
