package org.entente.cli.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
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
 * problem of its file, and a run with problems writes nothing.
 */
final class ActorResolver {
    private static final String BY_HANDLE = """
            query ActorByHandle($handle: String!) { actor(handle: $handle) { id handle name aliases wikidataId } }""";
    private static final String SEARCH = """
            query SimilarActors($search: String!) {
              actors(search: $search, first: 20) { edges { node { id handle name aliases wikidataId } } }
            }""";

    /** How one file actor is written: linked to an actor with this handle, or created when {@code match} is NONE. */
    record Link(Match match, String existingId) {}

    record Resolution(List<Map<String, Link>> links, List<List<DatasetProblem>> problems) {}

    private final GraphQlClient api;

    ActorResolver(GraphQlClient api) {
        this.api = api;
    }

    Resolution resolve(List<Dataset> files) throws IOException, InterruptedException {
        List<Known> createdInRun = new ArrayList<>();
        List<Map<String, Link>> links = new ArrayList<>();
        List<List<DatasetProblem>> problems = new ArrayList<>();
        for (Dataset d : files) {
            Map<String, Link> fileLinks = new LinkedHashMap<>();
            List<DatasetProblem> fileProblems = new ArrayList<>();
            List<Known> createdHere = new ArrayList<>();
            for (ActorSpec a : d.actors()) {
                Map<String, String> ids = new LinkedHashMap<>();
                List<Known> known = new ArrayList<>(createdInRun);
                known.addAll(existing(a, ids));
                Match m = ActorMatcher.match(a, known);
                if (m.how() == How.AMBIGUOUS) {
                    fileProblems.add(new DatasetProblem(
                            a.line(),
                            "actor '" + a.handle() + "' shares a name with several existing actors ("
                                    + String.join(", ", m.candidates())
                                    + "): use the handle of the one it is"));
                }
                fileLinks.put(a.handle(), new Link(m, ids.get(m.handle())));
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

    /** The graph's actors that could be this one: the one with its handle, and those whose names resemble its names. */
    private List<Known> existing(ActorSpec a, Map<String, String> ids) throws IOException, InterruptedException {
        List<Known> found = new ArrayList<>();
        JsonNode byHandle = api.execute(BY_HANDLE, Map.of("handle", a.handle())).path("actor");
        if (byHandle.isObject()) {
            found.add(known(byHandle, ids));
            return found;
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
