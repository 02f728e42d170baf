package org.entente.cli.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.nio.file.Path;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Checks a token as the services do: SmallRye JWT with a PEM public key location and issuer {@code entente}. */
final class ServiceVerifier {
    private ServiceVerifier() {}

    static JsonWebToken verify(String token, Path publicPem) throws ParseException {
        return new DefaultJWTParser(
                        new JWTAuthContextInfo(publicPem.toAbsolutePath().toString(), "entente"))
                .parse(token);
    }
}
