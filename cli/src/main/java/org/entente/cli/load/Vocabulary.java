package org.entente.cli.load;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The enum values the API accepts, by GraphQL enum name (ActorKind, MembershipRole, EventType,
 * ParticipantRole, StatementKind, Stance). Read from the published API schema
 * ({@code docs/api/schema.graphql}, in this jar), so the loader keeps no copy of the services' enums
 * and needs no introspection, which production's gateway refuses.
 */
public record Vocabulary(Map<String, Set<String>> enums) {
    public static final Set<String> USED =
            Set.of("ActorKind", "MembershipRole", "EventType", "ParticipantRole", "StatementKind", "Stance");

    public Set<String> values(String enumName) {
        return enums.getOrDefault(enumName, Set.of());
    }

    /** The used enums of the API schema this build was made with. */
    public static Vocabulary published() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("schema.graphql")) {
            if (in == null) {
                throw new IllegalStateException("the published API schema is missing from this build");
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vocabulary of(String sdl) {
        TypeDefinitionRegistry types = new SchemaParser().parse(sdl);
        Map<String, Set<String>> enums = new HashMap<>();
        for (String name : USED) {
            types.getType(name, EnumTypeDefinition.class)
                    .ifPresent(e -> enums.put(
                            name,
                            e.getEnumValueDefinitions().stream()
                                    .map(EnumValueDefinition::getName)
                                    .collect(Collectors.toUnmodifiableSet())));
        }
        return new Vocabulary(enums);
    }
}
