package org.entente.cli.e2e;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import org.entente.cli.auth.DevKeys;
import org.entente.cli.auth.EditorToken;

/**
 * Tokens signed with the running stack's own key that every service must still refuse: only a
 * token signed by a trusted key tests the checks after the signature's.
 */
final class RefusedTokens {
    /** Beyond the services' 60 s clock skew either way. */
    private static final long HOUR = 3_600;

    private RefusedTokens() {}

    static List<String> ofRunningStack() throws IOException {
        PrivateKey key = new DevKeys(RunningStack.stack().settings().keys()).privateKey();
        long now = Instant.now().getEpochSecond();
        return List.of(
                sign(editor().issuedAt(now - 2 * HOUR).expiresAt(now - HOUR), key),
                sign(editor().issuedAt(now + HOUR).expiresAt(now + 2 * HOUR), key),
                sign(editor().issuedAt(now).expiresAt(now + HOUR).issuer("someone-else"), key),
                sign(
                        Jwt.issuer(EditorToken.ISSUER)
                                .subject("e2e")
                                .groups("reader")
                                .issuedAt(now)
                                .expiresAt(now + HOUR),
                        key));
    }

    private static JwtClaimsBuilder editor() {
        return Jwt.issuer(EditorToken.ISSUER).subject("e2e").groups(EditorToken.ROLE);
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(key);
    }
}
