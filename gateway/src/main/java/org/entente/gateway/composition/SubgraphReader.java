package org.entente.gateway.composition;

import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.Description;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeExtensionDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.OperationTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.SchemaExtensionDefinition;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.List;
import java.util.Set;
import org.entente.gateway.supergraph.TypeKind;

/**
 * Reads a subgraph SDL (as a subgraph prints it for {@code _service}) into a {@link SubgraphSchema}:
 * extensions merged into their types, federation machinery ({@code _Service}, {@code _Entity},
 * {@code _Any}, {@code _entities}, {@code _service}, spec scalars and directive definitions) dropped.
 */
final class SubgraphReader {

    private static final Set<String> FEDERATION_TYPES = Set.of("_Service", "_Entity", "_Any", "_FieldSet", "FieldSet");
    private static final Set<String> FEDERATION_ROOT_FIELDS = Set.of("_service", "_entities");

    SubgraphSchema read(SubgraphSource source) {
        Document document;
        try {
            document = Parser.parse(source.sdl());
        } catch (InvalidSyntaxException e) {
            throw new CompositionException(
                    List.of("subgraph " + source.name() + ": SDL does not parse: " + e.getMessage()));
        }
        FederationNames names = FederationNames.of(document);
        SubgraphSchema schema = new SubgraphSchema(source.name(), source.url());
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof SchemaDefinition s) {
                readRoots(schema, s.getOperationTypeDefinitions());
            } else if (d instanceof SchemaExtensionDefinition s) {
                readRoots(schema, s.getOperationTypeDefinitions());
            }
        }
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof TypeDefinition<?> t && !isMachinery(t.getName())) {
                readType(schema, t, names);
            }
        }
        return schema;
    }

    private static boolean isMachinery(String name) {
        return FEDERATION_TYPES.contains(name)
                || name.startsWith("federation__")
                || name.startsWith("link__")
                || name.startsWith("join__");
    }

    private static void readRoots(SubgraphSchema schema, List<OperationTypeDefinition> roots) {
        for (OperationTypeDefinition op : roots) {
            if (op.getName().equals("query")) {
                schema.queryType = op.getTypeName().getName();
            } else if (op.getName().equals("mutation")) {
                schema.mutationType = op.getTypeName().getName();
            }
        }
    }

    private void readType(SubgraphSchema schema, TypeDefinition<?> def, FederationNames names) {
        String name = rootName(schema, def.getName());
        SubgraphSchema.TypeDef type =
                schema.types.computeIfAbsent(name, n -> new SubgraphSchema.TypeDef(n, TypeKind.of(def)));
        boolean isExtension =
                def instanceof ObjectTypeExtensionDefinition || def instanceof InterfaceTypeExtensionDefinition;
        type.extension |= isExtension;
        if (def instanceof graphql.language.AbstractDescribedNode<?> described && described.getDescription() != null) {
            type.description = described.getDescription().getContent();
        }
        for (Directive d : ((DirectivesContainer<?>) def).getDirectives()) {
            String canonical = names.canonical(d.getName());
            if ("key".equals(canonical)) {
                String fields = FederationNames.stringArg(d, "fields");
                boolean resolvable = !(d.getArgument("resolvable") != null
                        && d.getArgument("resolvable").getValue() instanceof BooleanValue b
                        && !b.isValue());
                type.keys.add(new SubgraphSchema.Key(fields, resolvable));
            } else if ("shareable".equals(canonical)) {
                type.shareable = true;
            } else if ("inaccessible".equals(canonical)) {
                type.inaccessible = true;
            } else if ("extends".equals(canonical)) {
                type.extension = true;
            }
        }
        if (def instanceof ImplementingTypeDefinition<?> impl) {
            impl.getImplements().forEach(t -> type.interfaces.add(((TypeName) t).getName()));
            boolean typeExternal = ((DirectivesContainer<?>) def)
                    .getDirectives().stream().anyMatch(d -> "external".equals(names.canonical(d.getName())));
            for (FieldDefinition f : impl.getFieldDefinitions()) {
                if (name.equals(schema.queryType) && FEDERATION_ROOT_FIELDS.contains(f.getName())) {
                    continue;
                }
                type.fields.put(f.getName(), readField(f, names, typeExternal));
            }
        } else if (def instanceof UnionTypeDefinition u) {
            u.getMemberTypes().forEach(t -> type.members.add(((TypeName) t).getName()));
        } else if (def instanceof EnumTypeDefinition e) {
            e.getEnumValueDefinitions()
                    .forEach(v -> type.enumValues.put(
                            v.getName(),
                            v.getDirectives().stream()
                                    .anyMatch(d -> "inaccessible".equals(names.canonical(d.getName())))));
        } else if (def instanceof InputObjectTypeDefinition in) {
            in.getInputValueDefinitions().forEach(v -> type.inputFields.put(v.getName(), v));
        }
    }

    private static SubgraphSchema.FieldDef readField(FieldDefinition f, FederationNames names, boolean typeExternal) {
        SubgraphSchema.FieldDef field =
                new SubgraphSchema.FieldDef(f.getName(), f.getType(), f.getInputValueDefinitions());
        Description description = f.getDescription();
        field.description = description == null ? null : description.getContent();
        field.external = typeExternal;
        for (Directive d : f.getDirectives()) {
            String canonical = names.canonical(d.getName());
            if (canonical == null) {
                if (d.getName().equals("deprecated")) {
                    field.deprecated = d;
                }
                continue;
            }
            switch (canonical) {
                case "external" -> field.external = true;
                case "shareable" -> field.shareable = true;
                case "inaccessible" -> field.inaccessible = true;
                case "requires" -> field.requires = FederationNames.stringArg(d, "fields");
                case "provides" -> field.provides = FederationNames.stringArg(d, "fields");
                case "override" -> {
                    field.overrideFrom = FederationNames.stringArg(d, "from");
                    field.overrideLabel = FederationNames.stringArg(d, "label");
                }
                default -> {
                    // other federation directives (tag, authenticated, ...) do not change planning
                }
            }
        }
        return field;
    }

    /** Subgraphs may name their root types differently; the supergraph uses Query and Mutation. */
    private static String rootName(SubgraphSchema schema, String name) {
        if (name.equals(schema.queryType)) {
            return "Query";
        }
        if (name.equals(schema.mutationType)) {
            return "Mutation";
        }
        return name;
    }
}
