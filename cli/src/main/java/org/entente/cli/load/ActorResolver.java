package org.entente.cli.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.cli.load.ActorMatcher.How;
import org.entente.cli.load.ActorMatcher.Known;
import org.entente.cli.load.ActorMatcher.Match;
import org.entente.cli.load.Dataset.ActorSpec;

/**
 * Matches the actors of a run's files, in order, against the graph (read only) and against the
 * actors earlier files of the run will create, before anything is written: an ambiguous alias is a
 * problem of its file (a YAML file with one writes nothing; an FtM entity with one is skipped). A
 * handle made from a name (FtM) is no evidence: such an actor is matched by Wikidata id and names
 * only, and one that is new gets a handle no actor of the graph or the run has.
 */
final class ActorResolver {
    private static final String BY_HANDLE = """
            query ActorByHandle($handle: String!) { actor(handle: $handle) { id handle name aliases wikidataId } }""";
    private static final String SEARCH = """
            query SimilarActors($search: String!) {
              actors(search: $search, first: 20) { edges { node { id handle name aliases wikidataId } } }
            }""";

    /**
     * How one file actor is written: linked to an existing actor, or created (match NONE) with
     * {@code handle}, which for a file's own handle is that handle.
     */
    record Link(Match match, String existingId, String handle) {}

    /** Most handles tried for a new actor whose made-up handle is taken ("iran", "iran-2" …). */
    static final int HANDLE_TRIES = 20;

    record Resolution(List<Map<String, Link>> links, List<List<DatasetProblem>> problems) {}

    private final GraphQlClient api;

    ActorResolver(GraphQlClient api) {
        this.api = api;
    }

    Resolution resolve(List<Dataset> files) throws IOException, InterruptedException {
        List<Known> createdInRun = new ArrayList<>();
        Set<String> runHandles = new HashSet<>();
        files.forEach(d -> d.actors().forEach(a -> runHandles.add(a.handle())));
        List<Map<String, Link>> links = new ArrayList<>();
        List<List<DatasetProblem>> problems = new ArrayList<>();
        for (Dataset d : files) {
            Map<String, Link> fileLinks = new LinkedHashMap<>();
            List<DatasetProblem> fileProblems = new ArrayList<>();
            List<Known> createdHere = new ArrayList<>();
            for (ActorSpec a : d.actors()) {
                Map<String, String> ids = new LinkedHashMap<>();
                List<Known> known = new ArrayList<>(createdInRun);
                known.addAll(existing(a, ids, d.handlesGenerated()));
                Match m = ActorMatcher.match(d.handlesGenerated() ? withoutHandle(a) : a, known);
                String handle = m.handle();
                if (m.how() == How.AMBIGUOUS) {
                    fileProblems.add(new DatasetProblem(
                            a.line(),
                            d.handlesGenerated()
                                    ? "'" + a.name() + "' skipped: it shares a name with several existing actors ("
                                            + String.join(", ", m.candidates())
                                            + "): give it the wikidataId of the one it is"
                                    : "actor '" + a.handle() + "' shares a name with several existing actors ("
                                            + String.join(", ", m.candidates())
                                            + "): use the handle of the one it is"));
                } else if (m.how() == How.NONE) {
                    handle = d.handlesGenerated() ? freeHandle(a, runHandles) : a.handle();
                    if (handle == null) {
                        fileProblems.add(new DatasetProblem(
                                a.line(),
                                "'" + a.name() + "' skipped: " + a.handle() + " and the next " + HANDLE_TRIES
                                        + " handles are taken"));
                    }
                }
                fileLinks.put(a.handle(), new Link(m, ids.get(m.handle()), handle));
                if (m.how() == How.NONE) {
                    createdHere.add(new Known(a.handle(), a.name(), a.aliases(), a.wikidataId()));
                }
            }
            createdInRun.addAll(createdHere);
            links.add(fileLinks);
            problems.add(fileProblems);
        }
        return new Resolution(links, problems);
    }

    private static ActorSpec withoutHandle(ActorSpec a) {
        return new ActorSpec(
                a.line(),
                null,
                a.kind(),
                a.name(),
                a.aliases(),
                a.description(),
                a.countryCode(),
                a.wikidataId(),
                a.parent());
    }

    /** The made-up handle, or the first of its numbered variants that neither the graph nor the run has. */
    private String freeHandle(ActorSpec a, Set<String> runHandles) throws IOException, InterruptedException {
        Set<String> taken = new HashSet<>(runHandles);
        taken.remove(a.handle());
        String base = a.handle().replaceAll("-[0-9]+$", "");
        for (int i = 0; i <= HANDLE_TRIES; i++) {
            String candidate = i == 0 ? a.handle() : Handles.free(base, taken);
            if (!taken.contains(candidate)
                    && !api.execute(BY_HANDLE, Map.of("handle", candidate))
                            .path("actor")
                            .isObject()) {
                runHandles.add(candidate);
                return candidate;
            }
            taken.add(candidate);
        }
        return null;
    }

    /**
     * The graph's actors that could be this one: the one with its handle (unless the handle is made
     * up), and those whose names resemble its names.
     */
    private List<Known> existing(ActorSpec a, Map<String, String> ids, boolean handleGenerated)
            throws IOException, InterruptedException {
        List<Known> found = new ArrayList<>();
        if (!handleGenerated) {
            JsonNode byHandle =
                    api.execute(BY_HANDLE, Map.of("handle", a.handle())).path("actor");
            if (byHandle.isObject()) {
                found.add(known(byHandle, ids));
                return found;
            }
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(a.name());
        names.addAll(a.aliases());
        for (String name : names) {
            for (JsonNode edge :
                    api.execute(SEARCH, Map.of("search", name)).path("actors").path("edges")) {
                if (!ids.containsKey(edge.path("node").path("handle").asText())) {
                    found.add(known(edge.path("node"), ids));
                }
            }
        }
        return found;
    }

    private static Known known(JsonNode node, Map<String, String> ids) {
        List<String> aliases = new ArrayList<>();
        node.path("aliases").forEach(n -> aliases.add(n.asText()));
        String wikidata =
                node.path("wikidataId").isTextual() ? node.path("wikidataId").asText() : null;
        ids.put(node.path("handle").asText(), node.path("id").asText());
        return new Known(node.path("handle").asText(), node.path("name").asText(), aliases, wikidata);
    }
}
