package org.entente.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What every image must be: a pinned base, a numeric non-root user, a declared health check
 * and, for a service, the port and health endpoint of CONVENTIONS.md and the Quarkus fast-jar.
 */
final class DockerfilePolicy {

    private DockerfilePolicy() {}

    /**
     * The Maven module whose Quarkus build a service's image copies: the service's own, except for
     * the gateway, whose deployable application (runtime, relations plugin, Entente's configuration)
     * is assembled by gateway-app.
     */
    static String module(String service) {
        return service.equals("gateway") ? "gateway-app" : service;
    }

    /** Checks a service image that serves its health on its port, {@code port} from CONVENTIONS.md. */
    static List<String> checkService(Dockerfile file, String service, int port) {
        return checkService(file, service, port, port);
    }

    /**
     * Checks a service image; {@code port} is its port from CONVENTIONS.md, {@code healthPort} the
     * port that serves its health (its management port, where it has one). Both must be exposed.
     */
    static List<String> checkService(Dockerfile file, String service, int port, int healthPort) {
        String module = module(service);
        List<String> violations = checkCommon(file);
        List<String> exposed = file.all("EXPOSE").stream()
                .flatMap(e -> Arrays.stream(e.trim().split("\\s+")))
                .map(p -> p.replaceFirst("/tcp$", ""))
                .toList();
        for (int expected : new TreeSet<>(List.of(port, healthPort))) {
            if (!exposed.contains(String.valueOf(expected))) {
                violations.add("does not EXPOSE " + expected + " (CONVENTIONS.md), exposes " + file.all("EXPOSE"));
            }
        }
        String healthcheck = file.last("HEALTHCHECK").orElse("");
        if (!healthcheck.contains("CMD") || !healthcheck.contains(":" + healthPort + "/q/health/live")) {
            violations.add("HEALTHCHECK must probe http://127.0.0.1:" + healthPort + "/q/health/live, is: '"
                    + healthcheck + "'");
        }
        boolean copiesApp = file.all("COPY").stream().anyMatch(c -> c.contains(module + "/target/quarkus-app/"));
        if (!copiesApp) {
            violations.add("does not COPY " + module + "/target/quarkus-app");
        }
        return violations;
    }

    /** Checks a batch image: a health check must still be declared, NONE being the honest one. */
    static List<String> checkBatch(Dockerfile file) {
        List<String> violations = checkCommon(file);
        if (file.last("HEALTHCHECK").isEmpty()) {
            violations.add("declares no HEALTHCHECK (use HEALTHCHECK NONE for a batch image)");
        }
        return violations;
    }

    /** The numeric uid of the final USER instruction, if it is numeric. */
    static Optional<Long> uid(Dockerfile file) {
        String user = file.last("USER").orElse("").split(":")[0];
        return user.matches("\\d+") ? Optional.of(Long.parseLong(user)) : Optional.empty();
    }

    private static List<String> checkCommon(Dockerfile file) {
        List<String> violations = new ArrayList<>();
        List<String> from = file.all("FROM");
        if (from.isEmpty()) {
            violations.add("has no FROM");
        }
        for (String base : from) {
            String image = base.split("\\s+")[0];
            String lastSegment = image.substring(image.lastIndexOf('/') + 1);
            boolean digest = image.contains("@sha256:");
            boolean tagged = lastSegment.contains(":") && !lastSegment.endsWith(":latest");
            if (!digest && !tagged) {
                violations.add("base image " + image + " is not pinned to a tag or digest");
            }
        }
        Optional<Long> uid = uid(file);
        if (uid.isEmpty()) {
            violations.add("final USER must be a numeric uid (Kubernetes runAsNonRoot can only verify numbers), is '"
                    + file.last("USER").orElse("<none>") + "'");
        } else if (uid.get() == 0) {
            violations.add("runs as root (USER 0)");
        }
        return violations;
    }
}
