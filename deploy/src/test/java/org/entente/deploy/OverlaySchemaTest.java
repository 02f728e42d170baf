package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every object of every overlay is valid against the strict Kubernetes and CloudNativePG schemas. */
class OverlaySchemaTest {

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRenderedObjectMatchesItsSchema(String overlay) {
        List<K8sObject> objects = Overlays.render(overlay);
        assertFalse(objects.isEmpty(), overlay + " renders nothing");
        List<String> violations = objects.stream()
                .flatMap(o -> SchemaValidation.shared().violations(o).stream())
                .toList();
        assertEquals(List.of(), violations, overlay + " has schema violations");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyNamespacedObjectIsInTheEntenteNamespace(String overlay) {
        List<String> outside = Overlays.render(overlay).stream()
                .filter(o -> !o.is("Namespace"))
                .filter(o -> !o.namespace().equals("entente"))
                .map(K8sObject::id)
                .toList();
        assertEquals(List.of(), outside);
    }
}
