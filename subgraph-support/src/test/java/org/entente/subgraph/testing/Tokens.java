package org.entente.subgraph.testing;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

/**
 * Bearer tokens signed with the test key pair of this test-jar ({@code test-keys/}): a service's
 * tests trust it with {@code %test.mp.jwt.verify.publickey.location=test-keys/public.pem}.
 */
public final class Tokens {
    private static final String PRIVATE_KEY = "test-keys/private.pem";
    private static final String ISSUER = "entente";

    private Tokens() {}

    public static String editor() {
        return withGroups("editor");
    }

    /** An editor token whose subject ({@code sub}) is {@code subject}: tells one editor's changes from another's. */
    public static String editor(String subject) {
        return Jwt.issuer(ISSUER).subject(subject).groups(Set.of("editor")).sign(PRIVATE_KEY);
    }

    public static String withGroups(String... groups) {
        return Jwt.issuer(ISSUER).subject("test-user").groups(Set.of(groups)).sign(PRIVATE_KEY);
    }

    public static String fromOtherIssuer() {
        return Jwt.issuer("someone-else")
                .subject("test-user")
                .groups(Set.of("editor"))
                .sign(PRIVATE_KEY);
    }

    /** An editor token issued at {@code issuedAt}, valid for an hour from then. */
    public static String editorIssuedAt(Instant issuedAt) {
        return Jwt.issuer(ISSUER)
                .subject("test-user")
                .groups(Set.of("editor"))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(3600))
                .sign(PRIVATE_KEY);
    }

    /** A well-formed editor token signed by a key the service does not trust. */
    public static String signedByUnknownKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey key = generator.generateKeyPair().getPrivate();
            return Jwt.issuer(ISSUER)
                    .subject("test-user")
                    .groups(Set.of("editor"))
                    .sign(key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
