package org.entente.cli.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The local RSA key pair that signs editor tokens for a developer's stack. It lives in the
 * git-ignored {@code .entente/keys} directory and is created on first use: nothing secret
 * is ever committed.
 */
public final class DevKeys {
    private final Path privatePem;
    private final Path publicPem;

    public DevKeys(Path directory) {
        this.privatePem = directory.resolve("private.pem");
        this.publicPem = directory.resolve("public.pem");
    }

    /** The pair of the project's own stack: the one {@code ./entente up} starts the services with. */
    public static DevKeys inProject(Path projectRoot) {
        return new DevKeys(projectRoot.resolve(".entente/keys"));
    }

    public Path publicKeyFile() {
        return publicPem;
    }

    public boolean exist() {
        return Files.isRegularFile(privatePem) && Files.isRegularFile(publicPem);
    }

    /** Creates the pair unless it already exists. */
    public void ensure() throws IOException {
        if (exist()) {
            return;
        }
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
        Files.createDirectories(privatePem.getParent());
        Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        try {
            Files.setPosixFilePermissions(privatePem, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // Not a POSIX file system: the directory's own permissions apply.
        }
        Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    public PrivateKey privateKey() throws IOException {
        String text =
                Files.readString(privatePem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("not a PKCS#8 RSA private key: " + privatePem, e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
