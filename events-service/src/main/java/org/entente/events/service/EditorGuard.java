package org.entente.events.service;

import org.entente.subgraph.errors.ClientException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Writes need a bearer token, signed with the configured key (mp.jwt.verify.*), whose groups
 * include {@code editor}. The token is verified here, only when a write asks, so reads never
 * need one and every refusal is a GraphQL error with UNAUTHENTICATED or FORBIDDEN
 * (Quarkus' own failed authentication would end the request with a bare HTTP 401).
 */
@ApplicationScoped
public class EditorGuard {
    private static final String EDITOR = "editor";
    private static final String BEARER = "Bearer ";

    @Inject
    CurrentVertxRequest request;
    @Inject
    JWTParser parser;

    public void requireEditor() {
        String authorization = request.getCurrent().request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ClientException.unauthenticated("writes need a bearer token with the editor role");
        }
        JsonWebToken token;
        try {
            token = parser.parse(authorization.substring(BEARER.length()).strip());
        } catch (ParseException e) {
            throw ClientException.unauthenticated("the bearer token is not valid");
        }
        if (!token.getGroups().contains(EDITOR)) throw ClientException.forbidden("writes need the editor role");
    }
}
