package org.entente.cli.e2e;

import static org.entente.cli.e2e.RunningStack.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entente.cli.Run;
import org.entente.cli.export.GraphReader;
import org.entente.cli.load.Dataset;
import org.entente.cli.load.DatasetParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * `./entente export` against the running stack with the Iran–CSTO dataset: the files read back
 * with standard parsers hold what the dataset file says. Other end-to-end tests add actors and
 * statements of their own to the shared stack, so the dataset's records are picked out by their
 * handles and keys, and the totals are compared with the API's.
 */
@ExtendWith(RunningStack.class)
class ExportIT {
    private static final String ARTICLE = "CSTO Iran: Unpacking The Geopolitical Chessboard";

    private static Dataset dataset;
    private static Set<String> handles;

    @TempDir
    Path directory;

    @BeforeAll
    static void readDataset() throws Exception {
        dataset = DatasetParser.parse(Files.readString(DATASET)).dataset();
        handles = dataset.actors().stream().map(Dataset.ActorSpec::handle).collect(Collectors.toSet());
        assertEquals(
                List.of(35, 16, 5, 5, 17),
                List.of(
                        dataset.actors().size(),
                        dataset.memberships().size(),
                        dataset.positions().size(),
                        dataset.events().size(),
                        dataset.statements().size()),
                "the dataset this test counts from");
    }

    @Test
    void graphmlHoldsTheDatasetAsNodesAndEdgesEachCitingItsSource() throws Exception {
        Path file = directory.resolve("entente.graphml");
        Run run = export("--format", "graphml", "-o", file.toString());
        GraphMl graphml = GraphMl.read(file);

        Map<String, String> handleOf = new HashMap<>();
        graphml.nodes.forEach((id, data) -> {
            if ("actor".equals(data.get("type"))) {
                handleOf.put(id, data.get("handle"));
            }
        });
        Set<String> datasetEvents =
                dataset.events().stream().map(Dataset.EventSpec::key).collect(Collectors.toSet());
        Set<String> eventNodes = new TreeSet<>();
        graphml.nodes.forEach((id, data) -> {
            if ("event".equals(data.get("type")) && datasetEvents.contains(data.get("key"))) {
                eventNodes.add(id);
            }
        });
        assertEquals(handles, handles(handleOf.values()), "every actor of the dataset is a node, once");
        assertEquals(35, handleOf.values().stream().filter(handles::contains).count());
        assertEquals(5, eventNodes.size(), "every event of the dataset is a node");
        JsonNode totals = query("{ actors(first: 0) { totalCount } events(first: 0) { totalCount } }");
        assertEquals(
                totals.path("actors").path("totalCount").asInt()
                        + totals.path("events").path("totalCount").asInt(),
                graphml.nodes.size(),
                "every actor and event the API has, and nothing else");

        Map<String, Integer> datasetEdges = new TreeMap<>();
        for (Edge edge : graphml.edges) {
            boolean fromDataset = handles.contains(handleOf.get(edge.source()))
                    && (handles.contains(handleOf.get(edge.target())) || eventNodes.contains(edge.target()));
            if (fromDataset) {
                datasetEdges.merge(edge.data().get("kind"), 1, Integer::sum);
                assertEquals(1, edge.data().get("sourceIds").split(" ").length, edge.toString());
                assertEquals(ARTICLE, edge.data().get("sources"), "each fact with its source: " + edge);
            }
        }
        int participations =
                dataset.events().stream().mapToInt(e -> e.participants().size()).sum();
        int statementEdges = dataset.statements().stream()
                .filter(s -> s.speaker() != null)
                .mapToInt(s -> s.about().size())
                .sum();
        assertEquals(List.of(12, 13), List.of(participations, statementEdges), "counted from the dataset file");
        assertEquals(
                Map.of("membership", 16, "position", 5, "participation", participations, "statement", statementEdges),
                datasetEdges);
        Edge invited = graphml.edges.stream()
                .filter(e -> "membership".equals(e.data().get("kind"))
                        && "iran".equals(handleOf.get(e.source()))
                        && "csto".equals(handleOf.get(e.target())))
                .findFirst()
                .orElseThrow();
        assertEquals("INVITED", invited.data().get("role"));
        assertEquals("2007-05", invited.data().get("since"));
        assertTrue(run.out().contains(graphml.nodes.size() + " nodes, " + graphml.edges.size() + " edges"), run.out());
    }

    @Test
    void csvHasOneRowARecordAndTheTotalsOfTheApi() throws Exception {
        Path csv = directory.resolve("csv");
        Run run = export("--format", "csv", "-o", csv.toString());

        List<CSVRecord> actors = read(csv, "actors.csv");
        assertEquals(
                DataSnapshot.take().actors().size(),
                actors.size(),
                "every actor the API has (other tests add their own)");
        assertEquals(handles, handles(actors.stream().map(a -> a.get("handle")).toList()));
        assertEquals(
                35,
                actors.stream().filter(a -> handles.contains(a.get("handle"))).count());
        assertEquals(16, amongDataset(read(csv, "memberships.csv"), "memberHandle", "organizationHandle"));
        assertEquals(5, amongDataset(read(csv, "positions.csv"), "holderHandle", "organizationHandle"));
        Set<String> eventIds = new TreeSet<>();
        Set<String> eventKeys =
                dataset.events().stream().map(Dataset.EventSpec::key).collect(Collectors.toSet());
        read(csv, "events.csv").stream()
                .filter(e -> eventKeys.contains(e.get("key")))
                .forEach(e -> eventIds.add(e.get("id")));
        assertEquals(5, eventIds.size());
        assertEquals(
                12,
                read(csv, "event_participants.csv").stream()
                        .filter(p -> eventIds.contains(p.get("eventId")))
                        .count());
        Set<String> statementKeys =
                dataset.statements().stream().map(Dataset.StatementSpec::key).collect(Collectors.toSet());
        List<CSVRecord> statements = read(csv, "statements.csv").stream()
                .filter(s -> statementKeys.contains(s.get("key")))
                .toList();
        assertEquals(17, statements.size());
        assertEquals(
                10,
                statements.stream().filter(s -> s.get("speakerId").isEmpty()).count(),
                "unattributed");
        String article = read(csv, "sources.csv").stream()
                .filter(s -> s.get("title").equals(ARTICLE))
                .findFirst()
                .orElseThrow()
                .get("id");
        for (String file : List.of("memberships.csv", "positions.csv", "events.csv", "statements.csv")) {
            assertTrue(
                    read(csv, file).stream().noneMatch(r -> r.get("sourceIds").isEmpty()), file);
        }
        statements.forEach(s -> assertEquals(article, s.get("sourceIds"), s.toString()));
        assertTrue(run.out().startsWith("read " + actors.size() + " actors"), run.out());
    }

    @Test
    void requestsGrowWithPagesNotWithActors() throws Exception {
        Run run = export("--format", "csv", "-o", directory.resolve("csv").toString());
        JsonNode totals = query("{ actors(first: 0) { totalCount } events(first: 0) { totalCount }"
                + " statements(first: 0) { totalCount } }");
        int pages = pages(totals.path("actors").path("totalCount").asInt(), GraphReader.ACTORS_PAGE)
                + pages(totals.path("events").path("totalCount").asInt(), GraphReader.FACTS_PAGE)
                + pages(totals.path("statements").path("totalCount").asInt(), GraphReader.FACTS_PAGE);
        Matcher requests = Pattern.compile(" in (\\d+) requests").matcher(run.out());
        assertTrue(requests.find(), run.out());
        assertEquals(pages, Integer.parseInt(requests.group(1)), run.out());
    }

    /** A list read in pages of this size takes at least one request, even when it is empty. */
    private static int pages(int total, int pageSize) {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    @Test
    void asOfKeepsWhatHeldThen() throws Exception {
        Path csv = directory.resolve("csv-2006");
        export("--format", "csv", "--as-of", "2006", "-o", csv.toString());

        // the CSTO invitation (2007-05) came later; undated memberships are open at both ends, so in force
        List<CSVRecord> memberships = read(csv, "memberships.csv");
        assertEquals(15, amongDataset(memberships, "memberHandle", "organizationHandle"));
        assertTrue(memberships.stream()
                .noneMatch(m -> m.get("memberHandle").equals("iran")
                        && m.get("organizationHandle").equals("csto")));
        assertEquals(5, amongDataset(read(csv, "positions.csv"), "holderHandle", "organizationHandle"));
        Set<String> eventKeys =
                dataset.events().stream().map(Dataset.EventSpec::key).collect(Collectors.toSet());
        assertEquals(
                List.of("2005", "2006"),
                read(csv, "events.csv").stream()
                        .filter(e -> eventKeys.contains(e.get("key")))
                        .map(e -> e.get("date"))
                        .toList(),
                "events dated by the end of 2006; undated ones are left out");
        Set<String> statementKeys =
                dataset.statements().stream().map(Dataset.StatementSpec::key).collect(Collectors.toSet());
        assertEquals(
                0,
                read(csv, "statements.csv").stream()
                        .filter(s -> statementKeys.contains(s.get("key")))
                        .count(),
                "the dataset dates statements in 2007 or not at all");
    }

    @Test
    void aroundTheCstoIsItsNeighbourhood() throws Exception {
        Path file = directory.resolve("csto.graphml");
        export("--around", "csto", "--hops", "1", "-o", file.toString());
        GraphMl graphml = GraphMl.read(file);

        JsonNode network = query(
                        "query($csto: ID!) { network(actor: $csto, depth: 1) { nodes { actor { handle } } edges { kind } } }",
                        Map.of("csto", IranCstoDatasetIT.id("csto")))
                .path("network");
        Set<String> expected = new TreeSet<>();
        network.path("nodes")
                .forEach(n -> expected.add(n.path("actor").path("handle").asText()));
        Set<String> exported = new TreeSet<>();
        graphml.nodes.values().stream()
                .filter(d -> "actor".equals(d.get("type")))
                .forEach(d -> exported.add(d.get("handle")));
        assertEquals(expected, exported);
        assertTrue(exported.containsAll(Set.of("csto", "iran", "russia", "nikolai-bordyuzha")), exported.toString());
        assertFalse(exported.contains("sco"), "two links away");
        Run nobody = Run.of(PROJECT, "export", "--gateway", gatewayUrl(), "--around", "nobody", "-o", file.toString());
        assertEquals(1, nobody.exitCode());
        assertEquals(
                "entente export: no actor has the handle 'nobody'", nobody.err().strip());
        assertEquals(graphml, GraphMl.read(file), "the file of the run before is left whole");
        int memberships = 0;
        for (JsonNode link : network.path("edges")) {
            memberships += link.path("kind").asText().equals("MEMBERSHIP") ? 1 : 0;
        }
        assertEquals(
                memberships,
                graphml.edges.stream()
                        .filter(e -> "membership".equals(e.data().get("kind")))
                        .count());
    }

    @Test
    void ftmHasAnEntityPerActorAndFact() throws Exception {
        Path file = directory.resolve("entente.ftm.json");
        export("--format", "ftm", "-o", file.toString());
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> bySchema = new TreeMap<>();
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode entity = json.readTree(line);
            bySchema.merge(entity.path("schema").asText(), 1, Integer::sum);
            names.add(entity.path("properties").path("name").path(0).asText());
        }
        DataSnapshot api = DataSnapshot.take();
        assertEquals(
                api.actors().size(),
                bySchema.getOrDefault("Person", 0)
                        + bySchema.getOrDefault("Organization", 0)
                        + bySchema.getOrDefault("PublicBody", 0));
        assertEquals(api.memberships(), bySchema.get("Membership"));
        assertEquals(api.events().size(), bySchema.get("Event"));
        assertEquals(5, bySchema.get("Occupancy"), "no other test adds positions");
        assertTrue(names.containsAll(Set.of("Iran", "Secretary General")), names.toString());
    }

    private static Run export(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", "--gateway", gatewayUrl()));
        args.addAll(List.of(options));
        Run run = Run.of(PROJECT, args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static Set<String> handles(Collection<String> all) {
        return all.stream().filter(handles::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    private static long amongDataset(List<CSVRecord> rows, String from, String to) {
        return rows.stream()
                .filter(r -> handles.contains(r.get(from)) && handles.contains(r.get(to)))
                .count();
    }

    private static List<CSVRecord> read(Path directory, String file) throws Exception {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader in = Files.newBufferedReader(directory.resolve(file), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            return parser.getRecords();
        }
    }

    record Edge(String id, String source, String target, Map<String, String> data) {}

    /** A GraphML file read with the JDK's StAX reader: nodes and edges with their data by attribute name. */
    record GraphMl(Map<String, Map<String, String>> nodes, List<Edge> edges) {
        static GraphMl read(Path file) throws Exception {
            Map<String, String> keyNames = new HashMap<>();
            Map<String, Map<String, String>> nodes = new TreeMap<>();
            List<Edge> edges = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file)) {
                XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
                Map<String, String> data = null;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "key" ->
                            keyNames.put(xml.getAttributeValue(null, "id"), xml.getAttributeValue(null, "attr.name"));
                        case "node" -> {
                            data = new HashMap<>();
                            nodes.put(xml.getAttributeValue(null, "id"), data);
                        }
                        case "edge" -> {
                            data = new HashMap<>();
                            edges.add(new Edge(
                                    xml.getAttributeValue(null, "id"),
                                    xml.getAttributeValue(null, "source"),
                                    xml.getAttributeValue(null, "target"),
                                    data));
                        }
                        case "data" -> data.put(keyNames.get(xml.getAttributeValue(null, "key")), xml.getElementText());
                        default -> {}
                    }
                }
            }
            return new GraphMl(nodes, edges);
        }
    }
}
