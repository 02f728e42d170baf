package org.entente.subgraph.testing;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An identity provider's key endpoint for a service's tests: serves a JSON Web Key Set with one
 * signing key, which {@link #rotate()} replaces by a new one under a new key id, as a provider
 * rotates its keys. The service is pointed at it ({@code mp.jwt.verify.publickey.location}) with
 * a provider's issuer and Keycloak's role claim ({@code realm_access.roles}); the test gets this
 * object in a field of its type, to sign tokens and rotate.
 */
public class JwksServer implements QuarkusTestResourceLifecycleManager {
    public static final String ISSUER = "https://idp.example/realms/entente";

    private final AtomicInteger generation = new AtomicInteger();
    private volatile KeyPair key;
    private volatile String keyId;
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        rotate();
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/keys", exchange -> {
            requests.incrementAndGet();
            byte[] body = jwks().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return Map.of(
                "mp.jwt.verify.publickey.location",
                "http://localhost:" + server.getAddress().getPort() + "/keys",
                "mp.jwt.verify.issuer",
                ISSUER,
                "entente.editor-role-claim",
                "realm_access.roles");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this, new TestInjector.MatchesType(JwksServer.class));
    }

    /** Replaces the signing key by a new one with a new key id; the old one is no longer served. */
    public final void rotate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            key = generator.generateKeyPair();
            keyId = "key-" + generation.incrementAndGet();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many times the key set has been fetched. */
    public int requests() {
        return requests.get();
    }

    /** A token of the provider with {@code roles} in realm_access.roles, signed with the current key. */
    public String token(String... roles) {
        return Jwt.issuer(ISSUER)
                .subject("editor@example.org")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .jws()
                .keyId(keyId)
                .sign(key.getPrivate());
    }

    /** A token of the provider with {@code groups} in the groups claim and no realm role, signed with the current key. */
    public String tokenWithGroups(String... groups) {
        return Jwt.issuer(ISSUER)
                .subject("editor@example.org")
                .groups(Set.of(groups))
                .claim("realm_access", Map.of("roles", List.of()))
                .jws()
                .keyId(keyId)
                .sign(key.getPrivate());
    }

    private String jwks() {
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        JsonObject jwk = new JsonObject()
                .put("kty", "RSA")
                .put("use", "sig")
                .put("alg", "RS256")
                .put("kid", keyId)
                .put("n", base64Url(publicKey.getModulus()))
                .put("e", base64Url(publicKey.getPublicExponent()));
        return new JsonObject().put("keys", new JsonArray().add(jwk)).encode();
    }

    /** The unsigned big-endian bytes of a key parameter, as JWK wants them. */
    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
