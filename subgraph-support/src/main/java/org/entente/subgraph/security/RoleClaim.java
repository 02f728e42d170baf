package org.entente.subgraph.security;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The claim of a token that lists its holder's roles, named by a dotted path: {@code groups}
 * (tokens of {@code ./entente}) or {@code realm_access.roles} (Keycloak's realm roles). OIDC
 * providers put roles in different places, and SmallRye's own setting for it
 * ({@code smallrye.jwt.path.groups}) falls back to {@code groups} when the path is missing, which
 * would let a provider's token be read two ways.
 */
record RoleClaim(List<String> path) {
    private static final Pattern DOT = Pattern.compile("\\.");

    static RoleClaim of(String dottedPath) {
        List<String> path = List.of(DOT.split(dottedPath.strip(), -1));
        if (path.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("entente.editor-role-claim is not a dotted claim path: " + dottedPath);
        }
        return new RoleClaim(path);
    }

    /** The roles the token lists at this path; none when the path leads nowhere or to something else. */
    Set<String> roles(JsonWebToken token) {
        Object value = token.getClaim(path.get(0));
        for (String name : path.subList(1, path.size())) {
            if (!(value instanceof JsonObject object)) {
                return Set.of();
            }
            value = object.get(name);
        }
        if (value instanceof JsonArray array) {
            return array.stream()
                    .filter(JsonString.class::isInstance)
                    .map(element -> ((JsonString) element).getString())
                    .collect(Collectors.toSet());
        }
        if (value instanceof Collection<?> strings) {
            // SmallRye hands top-level string arrays over as a Set<String>
            return strings.stream().map(RoleClaim::text).collect(Collectors.toSet());
        }
        return Set.of();
    }

    private static String text(Object element) {
        return element instanceof JsonValue json && json.getValueType() == JsonValue.ValueType.STRING
                ? ((JsonString) json).getString()
                : String.valueOf(element);
    }
}
