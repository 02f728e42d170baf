package org.entente.cli.bench;

import java.util.Arrays;
import java.util.Objects;

/**
 * What makes two subgraph requests the same for {@link ResponseCache}: the path, the Authorization
 * header (absent or not) and the exact body bytes. The hash is computed once, since a cache hit
 * looks the key up only once but the body can be a few kilobytes.
 */
public final class RequestKey {
    private final String path;
    private final String authorization;
    private final byte[] body;
    private final int hash;

    public RequestKey(String path, String authorization, byte[] body) {
        this.path = Objects.requireNonNull(path);
        this.authorization = authorization;
        this.body = body.clone();
        this.hash = 31 * (31 * path.hashCode() + Objects.hashCode(authorization)) + Arrays.hashCode(body);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestKey key
                && hash == key.hash
                && path.equals(key.path)
                && Objects.equals(authorization, key.authorization)
                && Arrays.equals(body, key.body);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
