package org.entente.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the services read, taken from docs/CONVENTIONS.md: each part's port and, where it has one,
 * its management port (health and metrics; the "Ports and endpoints" table) and the environment
 * variables each part reads (the "Configuration" table, whose "who" column says which parts).
 */
final class Conventions {

    static final List<String> SERVICES = List.of("actors-service", "events-service", "gateway");

    /** Read by the JVM itself in every Java container; sized per container by deploy/. */
    static final String JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";

    /**
     * Read by the dataset loader (the dev Job). Not yet in CONVENTIONS.md: deploy/ defines them,
     * and deploy/README.md documents them for the loader's author.
     */
    static final Set<String> LOADER_ENV = Set.of("ENTENTE_GATEWAY_URL", "ENTENTE_TOKEN", JAVA_TOOL_OPTIONS);

    static final String LOADER = "dataset-load";

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, Integer> managementPorts = new HashMap<>();
    private final Map<String, Set<String>> env = new HashMap<>();

    private Conventions(List<String> lines) {
        for (String line : lines) {
            List<String> cells = cells(line);
            if (cells.size() >= 2
                    && SERVICES.contains(cells.get(0))
                    && cells.get(1).matches("\\d+")) {
                ports.put(cells.get(0), Integer.parseInt(cells.get(1)));
                if (cells.size() >= 3 && cells.get(2).matches("\\d+")) {
                    managementPorts.put(cells.get(0), Integer.parseInt(cells.get(2)));
                }
            }
            if (cells.size() >= 3 && cells.get(1).contains("`") && cells.get(1).matches(".*`[A-Z0-9_]+`.*")) {
                for (String reader : readers(cells.get(2))) {
                    Matcher names = BACKTICKED.matcher(cells.get(1));
                    while (names.find()) {
                        env.computeIfAbsent(reader, r -> new HashSet<>()).add(names.group(1));
                    }
                }
            }
        }
        SERVICES.forEach(s -> env.computeIfAbsent(s, r -> new HashSet<>()).add(JAVA_TOOL_OPTIONS));
        env.put(LOADER, LOADER_ENV);
    }

    static Conventions load() {
        return load(RepoLayout.conventions());
    }

    static Conventions load(Path file) {
        try {
            return new Conventions(Files.readAllLines(file));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    Optional<Integer> port(String component) {
        return Optional.ofNullable(ports.get(component));
    }

    /**
     * The port of the component's management interface, which alone serves its health and metrics;
     * empty when it serves them on its {@link #port}.
     */
    Optional<Integer> managementPort(String component) {
        return Optional.ofNullable(managementPorts.get(component));
    }

    /** Where the component's probes and metrics are: its management port, else its port. */
    Optional<Integer> healthPort(String component) {
        return managementPort(component).or(() -> port(component));
    }

    /** Environment variable names the component reads; empty for an unknown component. */
    Set<String> env(String component) {
        return env.getOrDefault(component, Set.of());
    }

    private static List<String> readers(String who) {
        String w = who.trim();
        if (w.equals("all")) {
            return SERVICES;
        }
        if (w.equals("both services")) {
            return List.of("actors-service", "events-service");
        }
        return SERVICES.stream().filter(w::contains).toList();
    }

    private static List<String> cells(String line) {
        String t = line.trim();
        if (!t.startsWith("|")) {
            return List.of();
        }
        return List.of(t.substring(1).split("\\|")).stream().map(String::trim).toList();
    }
}
