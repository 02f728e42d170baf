package org.entente.subgraph.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.entente.subgraph.errors.ClientException;

/**
 * Admits only callers whose bearer token is valid (signature, issuer, expiry, as configured by
 * {@code mp.jwt.verify.*}), was not issued in the future and carries the {@code editor} role. A
 * missing or invalid token is UNAUTHENTICATED, a valid one without the role FORBIDDEN. The token
 * is verified here, when a write asks, rather than by the HTTP layer, which would answer a bad
 * token with a bare 401 instead of a GraphQL error and would also refuse reads, which are open.
 *
 * <p>The role is read from the claim {@code entente.editor-role-claim} names ({@link RoleClaim},
 * {@link EditorTokenSettings}:
 * {@code groups} by default, {@code realm_access.roles} for Keycloak). SmallRye JWT accepts a token whose
 * {@code iat} lies in the future; one issued more than {@code entente.jwt.issued-at-skew} (60
 * seconds) ahead of this service's clock was minted by a wrong clock or to outlive its lifetime,
 * and is refused.
 */
@EditorOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class EditorOnlyInterceptor {

    static final String EDITOR_GROUP = "editor";
    private static final String BEARER = "Bearer ";

    @Inject
    HttpServerRequest request;

    @Inject
    JWTParser parser;

    @Inject
    EditorSubject editorSubject;

    private final RoleClaim roleClaim;
    private final Duration issuedAtSkew;

    @Inject
    EditorOnlyInterceptor(EditorTokenSettings settings) {
        this.roleClaim = RoleClaim.of(settings.editorRoleClaim());
        this.issuedAtSkew = settings.jwt().issuedAtSkew();
    }

    @AroundInvoke
    Object requireEditor(InvocationContext invocation) throws Exception {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ClientException.unauthenticated("writes need a bearer token with the editor role");
        }
        JsonWebToken token;
        try {
            token = parser.parse(header.substring(BEARER.length()).strip());
        } catch (ParseException e) {
            throw ClientException.unauthenticated("the bearer token is not valid");
        }
        if (issuedInTheFuture(token)) {
            throw ClientException.unauthenticated("the bearer token is not valid: it was issued in the future");
        }
        if (!roleClaim.roles(token).contains(EDITOR_GROUP)) {
            throw ClientException.forbidden("writes need the editor role");
        }
        editorSubject.set(token.getSubject());
        return invocation.proceed();
    }

    private boolean issuedInTheFuture(JsonWebToken token) {
        Object issuedAt = token.getClaim(Claims.iat.name());
        return issuedAt instanceof Number seconds
                && Instant.ofEpochSecond(seconds.longValue())
                        .isAfter(Instant.now().plus(issuedAtSkew));
    }
}
