package org.entente.cli.auth;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.time.Duration;

/** An RS256 JWT carrying the {@code editor} role, as the services expect (issuer {@code entente}, claim {@code groups}). */
public final class EditorToken {
    public static final String ISSUER = "entente";
    public static final String ROLE = "editor";
    static final String SUBJECT = "entente-cli";

    private EditorToken() {}

    public static String sign(PrivateKey key, Duration validity) {
        return Jwt.issuer(ISSUER)
                .subject(SUBJECT)
                .upn(SUBJECT)
                .groups(ROLE)
                .expiresIn(validity)
                .jws()
                // Pinned: the builder would otherwise take its algorithm from configuration, and the services accept
                // only RS256.
                .algorithm(SignatureAlgorithm.RS256)
                .sign(key);
    }
}
