package org.entente.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules the schemas cannot express, checked across all objects of one rendered overlay:
 * hardened, sized and probed containers; pinned images; Services that select real pods on real
 * ports; the ports and environment variables the services actually read; references to
 * ConfigMaps and Secrets that will exist; a management port (health, metrics) that the probes
 * use and that neither a service's own Service nor any Ingress backend carries.
 */
final class ManifestPolicy {

    /** The name of the container port of a management interface (CONVENTIONS.md). */
    static final String MANAGEMENT = "management";

    private static final Map<String, String> PROBE_PATHS = Map.of(
            "startupProbe", "/q/health/started",
            "readinessProbe", "/q/health/ready",
            "livenessProbe", "/q/health/live");

    private final Conventions conventions;
    private final ObjectReferences references;
    private final List<K8sObject> objects;
    private final List<String> violations = new ArrayList<>();

    private ManifestPolicy(List<K8sObject> objects, Conventions conventions) {
        this.objects = objects;
        this.conventions = conventions;
        this.references = new ObjectReferences(objects);
    }

    static List<String> check(List<K8sObject> objects, Conventions conventions) {
        ManifestPolicy policy = new ManifestPolicy(objects, conventions);
        policy.run();
        return List.copyOf(policy.violations);
    }

    private void run() {
        for (K8sObject o : objects) {
            if (o.podTemplate().isPresent()) {
                checkWorkload(o);
            }
            if (o.is("Service")) {
                checkService(o);
            }
            if (o.is("Ingress")) {
                checkIngress(o);
            }
            if (o.is("Cluster")) {
                checkImage(o.id(), o.json().path("spec").path("imageName").asText(""));
                o.json()
                        .path("spec")
                        .path("backup")
                        .path("barmanObjectStore")
                        .path("s3Credentials")
                        .forEach(ref -> checkSecretRef(o.id(), ref));
            }
        }
    }

    private void checkWorkload(K8sObject workload) {
        JsonNode pod = workload.podTemplate().orElseThrow().path("spec");
        String component = workload.podLabels().getOrDefault("app.kubernetes.io/name", "");
        if (component.isEmpty()) {
            fail(workload.id(), "pod template has no app.kubernetes.io/name label");
        }
        for (JsonNode container : workload.containers()) {
            String where =
                    workload.id() + " container " + container.path("name").asText();
            checkImage(where, container.path("image").asText(""));
            checkResources(where, container.path("resources"));
            checkSecurity(where, pod.path("securityContext"), container.path("securityContext"));
            checkWritableTmp(where, pod, container);
            if (workload.is("Deployment")) {
                checkProbes(where, component, container);
            }
            checkPorts(where, component, container);
            checkEnv(where, component, container);
        }
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.has("configMap")) {
                JsonNode cm = volume.path("configMap");
                volumeItems(cm)
                        .forEach(key ->
                                checkConfigMapKey(workload.id(), cm.path("name").asText(), key));
                if (!references.configMapExists(cm.path("name").asText())) {
                    fail(
                            workload.id(),
                            "volume uses ConfigMap " + cm.path("name").asText() + ", which does not exist");
                }
            }
            if (volume.has("secret")) {
                String name = volume.path("secret").path("secretName").asText();
                if (!references.secretExists(name)) {
                    fail(workload.id(), "volume uses Secret " + name + ", which does not exist");
                }
            }
        }
    }

    private void checkImage(String where, String image) {
        if (image.isEmpty()) {
            fail(where, "has no image");
            return;
        }
        if (image.contains("@sha256:")) {
            return;
        }
        String lastSegment = image.substring(image.lastIndexOf('/') + 1);
        int colon = lastSegment.indexOf(':');
        if (colon < 0) {
            fail(where, "image " + image + " has no tag (it would mean 'latest')");
        } else if (lastSegment.substring(colon + 1).equals("latest")) {
            fail(where, "image " + image + " uses the 'latest' tag");
        }
    }

    private void checkResources(String where, JsonNode resources) {
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (!resources.path(kind).has(resource)) {
                    fail(where, "has no " + resource + " " + kind);
                }
            }
        }
    }

    private void checkSecurity(String where, JsonNode podContext, JsonNode context) {
        boolean nonRoot = context.path("runAsNonRoot")
                .asBoolean(podContext.path("runAsNonRoot").asBoolean(false));
        if (!nonRoot) {
            fail(where, "does not set runAsNonRoot: true");
        }
        long uid = context.path("runAsUser").asLong(podContext.path("runAsUser").asLong(-1));
        if (uid == 0) {
            fail(where, "runs as uid 0");
        }
        if (!context.path("readOnlyRootFilesystem").asBoolean(false)) {
            fail(where, "does not set readOnlyRootFilesystem: true");
        }
        if (context.path("allowPrivilegeEscalation").asBoolean(true)) {
            fail(where, "does not set allowPrivilegeEscalation: false");
        }
        boolean dropsAll = false;
        for (JsonNode capability : context.path("capabilities").path("drop")) {
            dropsAll |= capability.asText().equals("ALL");
        }
        if (!dropsAll) {
            fail(where, "does not drop ALL capabilities");
        }
    }

    /** A read-only root filesystem needs a writable /tmp (Quarkus, the JVM): an emptyDir. */
    private void checkWritableTmp(String where, JsonNode pod, JsonNode container) {
        Optional<String> tmpVolume = stream(container.path("volumeMounts"))
                .filter(m -> m.path("mountPath").asText().equals("/tmp"))
                .map(m -> m.path("name").asText())
                .findFirst();
        boolean emptyDir = tmpVolume.isPresent()
                && stream(pod.path("volumes"))
                        .anyMatch(v -> v.path("name").asText().equals(tmpVolume.get()) && v.has("emptyDir"));
        if (!emptyDir) {
            fail(where, "has no emptyDir mounted at /tmp");
        }
    }

    private void checkProbes(String where, String component, JsonNode container) {
        for (Map.Entry<String, String> probe : PROBE_PATHS.entrySet()) {
            JsonNode httpGet = container.path(probe.getKey()).path("httpGet");
            if (!container.has(probe.getKey())) {
                fail(where, "has no " + probe.getKey());
                continue;
            }
            if (conventions.port(component).isEmpty()) {
                continue;
            }
            if (!httpGet.path("path").asText().equals(probe.getValue())) {
                fail(
                        where,
                        probe.getKey() + " must GET " + probe.getValue() + ", not "
                                + httpGet.path("path").asText());
            }
            Optional<Integer> port = containerPort(container, httpGet.path("port"));
            if (port.isEmpty() || !port.equals(conventions.healthPort(component))) {
                String which = conventions.managementPort(component).isPresent() ? "management" : "service";
                fail(
                        where,
                        probe.getKey() + " port " + httpGet.path("port").asText() + " is not the " + which + " port "
                                + conventions.healthPort(component).orElseThrow());
            }
        }
    }

    private void checkPorts(String where, String component, JsonNode container) {
        Optional<Integer> expected = conventions.port(component);
        if (expected.isEmpty()) {
            return;
        }
        Optional<Integer> http = containerPort(container, new com.fasterxml.jackson.databind.node.TextNode("http"));
        if (!http.equals(expected)) {
            fail(
                    where,
                    "containerPort 'http' is " + http.map(String::valueOf).orElse("missing") + ", CONVENTIONS.md says "
                            + expected.get());
        }
        envValue(container, "QUARKUS_HTTP_PORT").ifPresent(value -> {
            if (!value.equals(String.valueOf(expected.get()))) {
                fail(where, "QUARKUS_HTTP_PORT is " + value + ", CONVENTIONS.md says " + expected.get());
            }
        });
        Optional<Integer> management = conventions.managementPort(component);
        Optional<Integer> declared =
                containerPort(container, new com.fasterxml.jackson.databind.node.TextNode(MANAGEMENT));
        if (management.isEmpty()) {
            declared.ifPresent(p -> fail(where, "declares a management port " + p + ", which CONVENTIONS.md does not"));
            return;
        }
        if (!declared.equals(management)) {
            fail(
                    where,
                    "containerPort '" + MANAGEMENT + "' is "
                            + declared.map(String::valueOf).orElse("missing") + ", CONVENTIONS.md says "
                            + management.get());
        }
        Optional<String> configured = envValue(container, "QUARKUS_MANAGEMENT_PORT");
        if (!configured.equals(management.map(String::valueOf))) {
            fail(
                    where,
                    "QUARKUS_MANAGEMENT_PORT is " + configured.orElse("unset") + ", CONVENTIONS.md says "
                            + management.get());
        }
    }

    private void checkEnv(String where, String component, JsonNode container) {
        Set<String> allowed = conventions.env(component);
        for (JsonNode env : container.path("env")) {
            String name = env.path("name").asText();
            if (!allowed.contains(name)) {
                fail(where, "sets " + name + ", which " + component + " does not read (CONVENTIONS.md)");
            }
            JsonNode secretRef = env.path("valueFrom").path("secretKeyRef");
            if (!secretRef.isMissingNode()) {
                checkSecretRef(where, secretRef);
            }
            JsonNode configMapRef = env.path("valueFrom").path("configMapKeyRef");
            if (!configMapRef.isMissingNode()) {
                checkConfigMapKey(
                        where,
                        configMapRef.path("name").asText(),
                        configMapRef.path("key").asText());
            }
        }
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("secretRef")) {
                fail(where, "takes env from a whole Secret; name each variable instead, so it can be checked");
            }
            if (source.has("configMapRef")) {
                String name = source.path("configMapRef").path("name").asText();
                Optional<Set<String>> keys = references.configMapKeys(name);
                if (keys.isEmpty()) {
                    fail(where, "takes env from ConfigMap " + name + ", which does not exist");
                    continue;
                }
                keys.get().stream()
                        .filter(k -> !allowed.contains(k))
                        .sorted()
                        .forEach(k -> fail(
                                where,
                                "sets " + k + " (from ConfigMap " + name + "), which " + component
                                        + " does not read (CONVENTIONS.md)"));
            }
        }
    }

    private void checkSecretRef(String where, JsonNode ref) {
        String name = ref.path("name").asText();
        String key = ref.path("key").asText();
        if (!references.secretHasKey(name, key)) {
            fail(
                    where,
                    "refers to key " + key + " of Secret " + name
                            + ", which neither the overlay, CloudNativePG nor the documented install steps create");
        }
    }

    private void checkConfigMapKey(String where, String name, String key) {
        if (!references.configMapHasKey(name, key)) {
            fail(where, "refers to key " + key + " of ConfigMap " + name + ", which does not exist");
        }
    }

    private void checkService(K8sObject service) {
        Map<String, String> selector =
                K8sObject.stringMap(service.json().path("spec").path("selector"));
        if (selector.isEmpty()) {
            fail(service.id(), "has no selector");
            return;
        }
        List<K8sObject> selected = objects.stream()
                .filter(o -> o.podTemplate().isPresent())
                .filter(o -> o.podLabels().entrySet().containsAll(selector.entrySet()))
                .toList();
        if (selected.isEmpty()) {
            fail(service.id(), "selects no pods: no workload has labels " + selector);
            return;
        }
        for (JsonNode port : service.json().path("spec").path("ports")) {
            JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
            for (K8sObject workload : selected) {
                boolean served = workload.containers().stream()
                        .anyMatch(c -> containerPort(c, target).isPresent());
                if (!served) {
                    fail(service.id(), "targetPort " + target.asText() + " is no container port of " + workload.id());
                }
            }
            conventions.port(service.name()).ifPresent(expected -> {
                if (port.path("port").asInt() != expected) {
                    fail(service.id(), "port is " + port.path("port").asInt() + ", CONVENTIONS.md says " + expected);
                }
            });
            if (conventions.port(service.name()).isPresent() && reachesManagement(selected, target)) {
                fail(
                        service.id(),
                        "exposes the management port (" + target.asText()
                                + "); health and metrics get a Service of their own, which no Ingress routes to");
            }
        }
    }

    /**
     * Every backend of an Ingress must be a Service port that leads to no management port: the
     * public routes never reach health and metrics.
     */
    private void checkIngress(K8sObject ingress) {
        List<JsonNode> backends = new ArrayList<>();
        JsonNode spec = ingress.json().path("spec");
        backends.add(spec.path("defaultBackend").path("service"));
        for (JsonNode rule : spec.path("rules")) {
            rule.path("http")
                    .path("paths")
                    .forEach(p -> backends.add(p.path("backend").path("service")));
        }
        for (JsonNode backend : backends) {
            if (backend.isMissingNode()) {
                continue;
            }
            String name = backend.path("name").asText();
            JsonNode wanted = backend.path("port").has("name")
                    ? backend.path("port").path("name")
                    : backend.path("port").path("number");
            Optional<K8sObject> service = objects.stream()
                    .filter(o -> o.is("Service") && o.name().equals(name))
                    .findFirst();
            if (service.isEmpty()) {
                fail(ingress.id(), "routes to Service " + name + ", which does not exist");
                continue;
            }
            Optional<JsonNode> port = stream(service.get().json().path("spec").path("ports"))
                    .filter(p -> wanted.isInt()
                            ? p.path("port").asInt() == wanted.asInt()
                            : p.path("name").asText().equals(wanted.asText()))
                    .findFirst();
            if (port.isEmpty()) {
                fail(ingress.id(), "routes to port " + wanted.asText() + " of Service " + name + ", which it lacks");
                continue;
            }
            JsonNode target = port.get().has("targetPort")
                    ? port.get().path("targetPort")
                    : port.get().path("port");
            if (reachesManagement(selectedBy(service.get()), target)) {
                fail(
                        ingress.id(),
                        "routes to the management port (health, metrics) through Service " + name + " port "
                                + wanted.asText());
            }
        }
    }

    private List<K8sObject> selectedBy(K8sObject service) {
        Map<String, String> selector =
                K8sObject.stringMap(service.json().path("spec").path("selector"));
        return objects.stream()
                .filter(o -> o.podTemplate().isPresent())
                .filter(o -> !selector.isEmpty() && o.podLabels().entrySet().containsAll(selector.entrySet()))
                .toList();
    }

    /** Whether a Service port's target is, in any of these workloads, a container's management port. */
    private boolean reachesManagement(List<K8sObject> workloads, JsonNode target) {
        for (K8sObject workload : workloads) {
            String component = workload.podLabels().getOrDefault("app.kubernetes.io/name", "");
            if (target.isInt() && conventions.managementPort(component).equals(Optional.of(target.asInt()))) {
                return true;
            }
            for (JsonNode container : workload.containers()) {
                Optional<Integer> number = containerPort(container, target);
                Optional<Integer> management =
                        containerPort(container, new com.fasterxml.jackson.databind.node.TextNode(MANAGEMENT));
                boolean isManagement = number.isPresent()
                        && (number.equals(management) || number.equals(conventions.managementPort(component)));
                if (isManagement) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number of the container port that a probe or Service port (number or name) names. */
    private static Optional<Integer> containerPort(JsonNode container, JsonNode port) {
        return stream(container.path("ports"))
                .filter(p -> port.isInt()
                        ? p.path("containerPort").asInt() == port.asInt()
                        : p.path("name").asText().equals(port.asText()))
                .map(p -> p.path("containerPort").asInt())
                .findFirst();
    }

    private Optional<String> envValue(JsonNode container, String name) {
        Optional<String> direct = stream(container.path("env"))
                .filter(e -> e.path("name").asText().equals(name) && e.has("value"))
                .map(e -> e.path("value").asText())
                .findFirst();
        if (direct.isPresent()) {
            return direct;
        }
        return stream(container.path("envFrom"))
                .map(s -> s.path("configMapRef").path("name").asText())
                .map(references::configMapData)
                .flatMap(data -> Optional.ofNullable(data.get(name)).stream())
                .findFirst();
    }

    private static List<String> volumeItems(JsonNode source) {
        return stream(source.path("items")).map(i -> i.path("key").asText()).toList();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.stream();
    }

    private void fail(String where, String message) {
        violations.add(where + ": " + message);
    }
}
