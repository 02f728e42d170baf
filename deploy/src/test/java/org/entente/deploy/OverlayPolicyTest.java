package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every overlay satisfies the policy (ManifestPolicy): hardened, probed, sized, consistent. */
class OverlayPolicyTest {

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void overlaySatisfiesThePolicy(String overlay) {
        assertEquals(
                List.of(),
                ManifestPolicy.check(Overlays.render(overlay), Conventions.load()),
                overlay + " violates the deploy policy");
    }
}
