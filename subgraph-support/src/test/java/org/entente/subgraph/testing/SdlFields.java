package org.entente.subgraph.testing;

import graphql.language.FieldDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/** The fields of a subgraph's SDL, to check how their types are declared. */
public final class SdlFields {
    private final TypeDefinitionRegistry types;

    private SdlFields(TypeDefinitionRegistry types) {
        this.types = types;
    }

    public static SdlFields of(String sdl) {
        return new SdlFields(new SchemaParser().parse(sdl));
    }

    /** Whether {@code type.field} may be null. */
    public boolean isNullable(String type, String field) {
        return !(type(type, field) instanceof NonNullType);
    }

    /** Whether the elements of the list field {@code type.field} may be null. */
    public boolean hasNullableElements(String type, String field) {
        Type<?> fieldType = type(type, field);
        Type<?> list = fieldType instanceof NonNullType nonNull ? nonNull.getType() : fieldType;
        if (!(list instanceof ListType listType)) {
            throw new IllegalArgumentException(type + "." + field + " is not a list");
        }
        return !(listType.getType() instanceof NonNullType);
    }

    private Type<?> type(String type, String field) {
        ObjectTypeDefinition object = types.getType(type, ObjectTypeDefinition.class)
                .orElseThrow(() -> new IllegalArgumentException("no type " + type));
        return object.getFieldDefinitions().stream()
                .filter(definition -> definition.getName().equals(field))
                .findFirst()
                .map(FieldDefinition::getType)
                .orElseThrow(() -> new IllegalArgumentException("no field " + type + "." + field));
    }
}
