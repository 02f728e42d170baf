package org.entente.cli.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.auth.principal.ParseException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorTokenTest {
    @TempDir
    Path dir;

    private DevKeys keys(String name) throws Exception {
        DevKeys keys = new DevKeys(dir.resolve(name));
        keys.ensure();
        return keys;
    }

    @Test
    void theServicesAcceptItAsAnEditorUntilItExpires() throws Exception {
        DevKeys keys = keys("ours");
        long before = Instant.now().getEpochSecond();
        String token = EditorToken.sign(keys.privateKey(), Duration.ofMinutes(90));
        long after = Instant.now().getEpochSecond();

        JsonWebToken jwt = ServiceVerifier.verify(token, keys.publicKeyFile());
        assertEquals("entente", jwt.getIssuer());
        assertEquals(Set.of("editor"), jwt.getGroups());
        assertEquals("entente-cli", jwt.getName());
        assertTrue(
                jwt.getIssuedAtTime() >= before && jwt.getIssuedAtTime() <= after,
                "issued at " + jwt.getIssuedAtTime());
        assertEquals(90 * 60, jwt.getExpirationTime() - jwt.getIssuedAtTime());
    }

    @Test
    void itIsSignedWithRs256() throws Exception {
        String token = EditorToken.sign(keys("ours").privateKey(), Duration.ofMinutes(5));
        String header = new String(
                Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"alg\":\"RS256\""), header);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        DevKeys ours = keys("ours");
        String forged = EditorToken.sign(keys("theirs").privateKey(), Duration.ofMinutes(5));
        assertThrows(ParseException.class, () -> ServiceVerifier.verify(forged, ours.publicKeyFile()));
    }
}
