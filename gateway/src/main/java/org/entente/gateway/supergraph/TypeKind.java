package org.entente.gateway.supergraph;

import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;

/** The kind of a named type, in a subgraph's SDL and in the supergraph alike. */
public enum TypeKind {
    OBJECT,
    INTERFACE,
    UNION,
    ENUM,
    INPUT_OBJECT,
    SCALAR;

    /** The kind of a definition or extension (an extension is a subclass of its definition). */
    public static TypeKind of(TypeDefinition<?> definition) {
        if (definition instanceof ObjectTypeDefinition) {
            return OBJECT;
        }
        if (definition instanceof InterfaceTypeDefinition) {
            return INTERFACE;
        }
        if (definition instanceof UnionTypeDefinition) {
            return UNION;
        }
        if (definition instanceof EnumTypeDefinition) {
            return ENUM;
        }
        if (definition instanceof InputObjectTypeDefinition) {
            return INPUT_OBJECT;
        }
        if (definition instanceof ScalarTypeDefinition) {
            return SCALAR;
        }
        throw new IllegalArgumentException("unsupported definition " + definition.getName());
    }
}
