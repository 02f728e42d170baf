package org.entente.subgraph.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * What {@link EditorOnlyInterceptor} reads, under the prefix both services use for their own
 * settings. A mapping rather than loose properties: a service with a mapping of its own under
 * {@code entente} (events-service) refuses to start on any {@code entente.*} property no mapping
 * declares.
 */
@ConfigMapping(prefix = "entente")
public interface EditorTokenSettings {
    /** {@code entente.editor-role-claim}: the dotted path of the claim that lists the roles. */
    @WithDefault("groups")
    String editorRoleClaim();

    Jwt jwt();

    /** Token checks SmallRye JWT does not make. */
    interface Jwt {
        /** {@code entente.jwt.issued-at-skew}: how far ahead of this service's clock an {@code iat} may lie. */
        @WithDefault("60s")
        Duration issuedAtSkew();
    }
}
