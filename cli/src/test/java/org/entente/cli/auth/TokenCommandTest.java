package org.entente.cli.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.entente.cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./entente token}: the printed token is what the local stack accepts from an editor. */
class TokenCommandTest {
    @TempDir
    Path project;

    private Path publicKey() {
        return project.resolve(".entente/keys/public.pem");
    }

    private JsonWebToken tokenFor(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "token";
        System.arraycopy(args, 0, command, 1, args.length);
        Run run = Run.of(project, command);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().lines().count(), "only the token on stdout: " + run.out());
        return ServiceVerifier.verify(run.out().strip(), publicKey());
    }

    @Test
    void createsTheDevKeyPairOnceAndSignsWithIt() throws Exception {
        JsonWebToken first = tokenFor();
        assertTrue(Files.isRegularFile(project.resolve(".entente/keys/private.pem")));
        String key = Files.readString(publicKey());

        tokenFor();
        assertEquals(key, Files.readString(publicKey()), "a second run must keep the key the running stack trusts");
        assertEquals(Set.of("editor"), first.getGroups());
        assertEquals("entente", first.getIssuer());
    }

    @Test
    void isValidTwelveHoursUnlessToldOtherwise() throws Exception {
        assertEquals(12 * 3600, lifetime(tokenFor()));
        assertEquals(90, lifetime(tokenFor("--ttl", "90s")));
        assertEquals(30 * 60, lifetime(tokenFor("--ttl", "30m")));
        assertEquals(2 * 3600, lifetime(tokenFor("--ttl=2h")));
        assertEquals(7 * 86400, lifetime(tokenFor("--ttl", "7d")));
    }

    private static long lifetime(JsonWebToken jwt) {
        return jwt.getExpirationTime() - jwt.getIssuedAtTime();
    }

    @Test
    void refusesALifetimeItCannotRead() {
        for (String ttl : new String[] {"12", "x", "1w", "0h", "-1h"}) {
            Run run = Run.of(project, "token", "--ttl", ttl);
            assertEquals(2, run.exitCode(), ttl);
            assertTrue(run.err().startsWith("./entente token: Invalid value for option '--ttl'"), run.err());
            assertEquals("", run.out());
        }
        assertTrue(Files.notExists(publicKey()), "no key pair is made for a refused command line");
    }
}
