package org.entente.cli.load;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.entente.cli.load.Dataset.*;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the YAML dataset format (see data/iran-csto.yaml) into a {@link Dataset}. It checks
 * shape only — sections, field names, scalars versus lists — and collects every problem
 * with its line instead of stopping at the first; meaning is checked by {@link DatasetValidator}.
 */
public final class DatasetParser {
    private static final Set<String> SECTIONS =
            Set.of("sources", "actors", "memberships", "positions", "events", "statements");

    private final List<DatasetProblem> problems = new ArrayList<>();

    public static Result parse(String text) {
        return new DatasetParser().run(new StringReader(text));
    }

    public record Result(Dataset dataset, List<DatasetProblem> problems) {}

    private Result run(Reader reader) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(new DatasetProblem(line, "not valid YAML: " + e.getProblem()));
            return new Result(null, problems);
        }
        if (!(root instanceof MappingNode top)) {
            problems.add(new DatasetProblem(1, "the file must be a mapping with sections " + SECTIONS));
            return new Result(null, problems);
        }
        Map<String, Node> sections = fields(top, SECTIONS);
        Dataset dataset = new Dataset(
                list(sections.get("sources"), this::source),
                list(sections.get("actors"), this::actor),
                list(sections.get("memberships"), this::membership),
                list(sections.get("positions"), this::position),
                list(sections.get("events"), this::event),
                list(sections.get("statements"), this::statement),
                false);
        return new Result(dataset, problems);
    }

    private SourceSpec source(MappingNode n) {
        Map<String, Node> f = fields(n, Set.of("ref", "title", "url", "publisher", "publishedAt", "retrievedAt"));
        return new SourceSpec(
                line(n),
                text(f, "ref"),
                text(f, "title"),
                text(f, "url"),
                text(f, "publisher"),
                text(f, "publishedAt"),
                text(f, "retrievedAt"));
    }

    private ActorSpec actor(MappingNode n) {
        Map<String, Node> f = fields(
                n, Set.of("handle", "kind", "name", "aliases", "description", "countryCode", "wikidataId", "parent"));
        return new ActorSpec(
                line(n),
                text(f, "handle"),
                text(f, "kind"),
                text(f, "name"),
                texts(f, "aliases"),
                text(f, "description"),
                text(f, "countryCode"),
                text(f, "wikidataId"),
                text(f, "parent"));
    }

    private MembershipSpec membership(MappingNode n) {
        Map<String, Node> f = fields(n, Set.of("member", "organization", "role", "since", "until", "cites"));
        return new MembershipSpec(
                line(n),
                text(f, "member"),
                text(f, "organization"),
                text(f, "role"),
                text(f, "since"),
                text(f, "until"),
                texts(f, "cites"));
    }

    private PositionSpec position(MappingNode n) {
        Map<String, Node> f = fields(n, Set.of("holder", "organization", "title", "since", "until", "cites"));
        return new PositionSpec(
                line(n),
                text(f, "holder"),
                text(f, "organization"),
                text(f, "title"),
                text(f, "since"),
                text(f, "until"),
                texts(f, "cites"));
    }

    private EventSpec event(MappingNode n) {
        Map<String, Node> f = fields(
                n, Set.of("key", "type", "title", "summary", "date", "endDate", "location", "participants", "cites"));
        return new EventSpec(
                line(n),
                text(f, "key"),
                text(f, "type"),
                text(f, "title"),
                text(f, "summary"),
                text(f, "date"),
                text(f, "endDate"),
                text(f, "location"),
                list(f.get("participants"), this::participant),
                texts(f, "cites"));
    }

    private ParticipantSpec participant(MappingNode n) {
        Map<String, Node> f = fields(n, Set.of("actor", "role"));
        return new ParticipantSpec(line(n), text(f, "actor"), text(f, "role"));
    }

    private StatementSpec statement(MappingNode n) {
        Map<String, Node> f = fields(
                n,
                Set.of(
                        "key",
                        "kind",
                        "text",
                        "speaker",
                        "speakerCapacity",
                        "date",
                        "event",
                        "about",
                        "stance",
                        "reportedBy",
                        "cites"));
        return new StatementSpec(
                line(n),
                text(f, "key"),
                text(f, "kind"),
                text(f, "text"),
                text(f, "speaker"),
                text(f, "speakerCapacity"),
                text(f, "date"),
                text(f, "event"),
                texts(f, "about"),
                text(f, "stance"),
                text(f, "reportedBy"),
                texts(f, "cites"));
    }

    private <T> List<T> list(Node node, Function<MappingNode, T> item) {
        List<T> out = new ArrayList<>();
        if (node == null || isNull(node)) {
            return out;
        }
        if (!(node instanceof SequenceNode seq)) {
            problems.add(new DatasetProblem(line(node), "expected a list"));
            return out;
        }
        for (Node element : seq.getValue()) {
            if (element instanceof MappingNode m) {
                out.add(item.apply(m));
            } else {
                problems.add(new DatasetProblem(line(element), "expected a mapping of fields"));
            }
        }
        return out;
    }

    private Map<String, Node> fields(MappingNode node, Set<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (name == null || !allowed.contains(name)) {
                problems.add(new DatasetProblem(
                        line(tuple.getKeyNode()),
                        "unknown field '" + name + "' (expected one of " + new TreeSet<>(allowed) + ")"));
            } else if (out.put(name, tuple.getValueNode()) != null) {
                problems.add(new DatasetProblem(line(tuple.getKeyNode()), "field '" + name + "' given twice"));
            }
        }
        return out;
    }

    private String text(Map<String, Node> fields, String name) {
        Node node = fields.get(name);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            return s.getValue().strip();
        }
        problems.add(new DatasetProblem(line(node), "field '" + name + "' must be a single value"));
        return null;
    }

    private List<String> texts(Map<String, Node> fields, String name) {
        Node node = fields.get(name);
        List<String> out = new ArrayList<>();
        if (node == null || isNull(node)) {
            return out;
        }
        if (node instanceof SequenceNode seq) {
            for (Node element : seq.getValue()) {
                if (element instanceof ScalarNode s) {
                    out.add(s.getValue().strip());
                } else {
                    problems.add(new DatasetProblem(line(element), "'" + name + "' must list plain values"));
                }
            }
        } else {
            problems.add(new DatasetProblem(line(node), "field '" + name + "' must be a list, e.g. [a, b]"));
        }
        return out;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s
                && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
