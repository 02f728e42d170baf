package org.entente.subgraph.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.entente.subgraph.errors.ClientException;

/**
 * Admits only callers whose bearer token is valid (signature, issuer, expiry, as configured by
 * {@code mp.jwt.verify.*}) and carries the {@code editor} group. A missing or invalid token is
 * UNAUTHENTICATED, a valid one without the group FORBIDDEN. The token is verified here, when a
 * write asks, rather than by the HTTP layer, which would answer a bad token with a bare 401
 * instead of a GraphQL error and would also refuse reads, which are open.
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
        if (!token.getGroups().contains(EDITOR_GROUP)) {
            throw ClientException.forbidden("writes need the editor role");
        }
        return invocation.proceed();
    }
}
