package org.entente.gateway.supergraph;

import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.errors.SchemaProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives the API schema from a supergraph document: link/join machinery and every
 * {@code @inaccessible} element removed. Clients are validated against it and introspect it.
 */
final class ApiSchemaBuilder {

    private ApiSchemaBuilder() {}

    static GraphQLSchema build(Document supergraph, LinkedSpecs specs) {
        Set<String> hiddenTypes = new HashSet<>();
        for (Definition<?> d : supergraph.getDefinitions()) {
            if (d instanceof TypeDefinition<?> t
                    && (specs.isSpecType(t.getName()) || inaccessible((DirectivesContainer<?>) t, specs))) {
                hiddenTypes.add(t.getName());
            }
        }
        List<Definition> api = new ArrayList<>();
        for (Definition<?> d : supergraph.getDefinitions()) {
            Definition<?> kept = strip(d, specs, hiddenTypes);
            if (kept != null) {
                api.add(kept);
            }
        }
        try {
            return new SchemaGenerator()
                    .makeExecutableSchema(
                            new SchemaParser()
                                    .buildRegistry(Document.newDocument()
                                            .definitions(api)
                                            .build()),
                            RuntimeWiring.newRuntimeWiring()
                                    .wiringFactory(new PassThroughWiring())
                                    .build());
        } catch (SchemaProblem e) {
            throw new SupergraphParser.InvalidSupergraphException("API schema is invalid: " + e.getMessage());
        }
    }

    private static Definition<?> strip(Definition<?> d, LinkedSpecs specs, Set<String> hidden) {
        if (d instanceof DirectiveDefinition dd) {
            return specs.isSpecDirective(dd.getName()) ? null : dd;
        }
        if (d instanceof SchemaDefinition s) {
            return s.transform(b -> b.directives(List.of()));
        }
        if (!(d instanceof TypeDefinition<?> t) || hidden.contains(t.getName())) {
            return null;
        }
        if (d instanceof ObjectTypeDefinition o) {
            return o.transform(b -> b.directives(keep(o.getDirectives(), specs))
                    .implementz(visibleTypes(o.getImplements(), hidden))
                    .fieldDefinitions(fields(o.getFieldDefinitions(), specs, hidden)));
        }
        if (d instanceof InterfaceTypeDefinition i) {
            return i.transform(b -> b.directives(keep(i.getDirectives(), specs))
                    .implementz(visibleTypes(i.getImplements(), hidden))
                    .definitions(fields(i.getFieldDefinitions(), specs, hidden)));
        }
        if (d instanceof UnionTypeDefinition u) {
            return u.transform(b ->
                    b.directives(keep(u.getDirectives(), specs)).memberTypes(visibleTypes(u.getMemberTypes(), hidden)));
        }
        if (d instanceof EnumTypeDefinition e) {
            List<EnumValueDefinition> values = new ArrayList<>();
            for (EnumValueDefinition v : e.getEnumValueDefinitions()) {
                if (!inaccessible(v, specs)) {
                    values.add(v.transform(b -> b.directives(keep(v.getDirectives(), specs))));
                }
            }
            return e.transform(b -> b.directives(keep(e.getDirectives(), specs)).enumValueDefinitions(values));
        }
        if (d instanceof InputObjectTypeDefinition in) {
            return in.transform(b -> b.directives(keep(in.getDirectives(), specs))
                    .inputValueDefinitions(inputs(in.getInputValueDefinitions(), specs, hidden)));
        }
        if (d instanceof ScalarTypeDefinition s) {
            return s.transform(b -> b.directives(keep(s.getDirectives(), specs)));
        }
        return d;
    }

    private static List<FieldDefinition> fields(List<FieldDefinition> fields, LinkedSpecs specs, Set<String> hidden) {
        List<FieldDefinition> result = new ArrayList<>();
        for (FieldDefinition f : fields) {
            if (!inaccessible(f, specs) && !hidden.contains(baseName(f.getType()))) {
                result.add(f.transform(b -> b.directives(keep(f.getDirectives(), specs))
                        .inputValueDefinitions(inputs(f.getInputValueDefinitions(), specs, hidden))));
            }
        }
        return result;
    }

    private static List<InputValueDefinition> inputs(
            List<InputValueDefinition> inputs, LinkedSpecs specs, Set<String> hidden) {
        List<InputValueDefinition> result = new ArrayList<>();
        for (InputValueDefinition v : inputs) {
            if (!inaccessible(v, specs) && !hidden.contains(baseName(v.getType()))) {
                result.add(v.transform(b -> b.directives(keep(v.getDirectives(), specs))));
            }
        }
        return result;
    }

    private static List<Type> visibleTypes(List<Type> types, Set<String> hidden) {
        List<Type> result = new ArrayList<>();
        for (Type<?> t : types) {
            if (!hidden.contains(((TypeName) t).getName())) {
                result.add(t);
            }
        }
        return result;
    }

    private static List<Directive> keep(List<Directive> directives, LinkedSpecs specs) {
        List<Directive> result = new ArrayList<>();
        for (Directive d : directives) {
            if (!specs.isSpecDirective(d.getName())) {
                result.add(d);
            }
        }
        return result;
    }

    private static boolean inaccessible(DirectivesContainer<?> element, LinkedSpecs specs) {
        return !element.getDirectives(specs.inaccessibleName()).isEmpty();
    }

    static String baseName(Type<?> type) {
        Type<?> t = type;
        while (!(t instanceof TypeName)) {
            t = t instanceof graphql.language.NonNullType nn ? nn.getType() : ((graphql.language.ListType) t).getType();
        }
        return ((TypeName) t).getName();
    }
}
