package org.entente.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where things are: the repository root, deploy/, and the shared schemas beside the repository. */
final class RepoLayout {

    private RepoLayout() {}

    /** Set by Surefire; falls back to the parent of the module directory when run from an IDE. */
    static Path root() {
        String configured = System.getProperty("entente.repo.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    static Path deploy() {
        return root().resolve("deploy");
    }

    static Path overlay(String name) {
        return deploy().resolve("overlays").resolve(name);
    }

    static Path dockerfile(String name) {
        return deploy().resolve("docker").resolve(name);
    }

    static Path conventions() {
        return root().resolve("docs/CONVENTIONS.md");
    }

    /** CI clones the repository elsewhere and copies shared/ beside it, so it is always ../shared. */
    static Path cloudNativePgCrds() {
        Path dir = root().resolve("../shared/k8s-schemas/cloudnative-pg").normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("CloudNativePG CRD schemas not found at " + dir
                    + ": shared/k8s-schemas must sit beside the repository root");
        }
        return dir;
    }
}
