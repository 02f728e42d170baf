package org.entente.deploy;

import java.util.List;

/** The overlays under deploy/overlays, each a complete installation. */
final class Overlays {

    static final String DEV = "dev";
    static final String PROD = "prod";

    private Overlays() {}

    static List<String> all() {
        return List.of(DEV, PROD);
    }

    static List<K8sObject> render(String overlay) {
        return Kustomize.render(RepoLayout.overlay(overlay));
    }

    static K8sObject find(String overlay, String kind, String name) {
        return render(overlay).stream()
                .filter(o -> o.is(kind) && o.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + "/" + name));
    }
}
