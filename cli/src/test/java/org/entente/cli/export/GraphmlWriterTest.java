package org.entente.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The GraphML an analyst's tool reads: well-formed whatever the texts, every edge with its sources. */
class GraphmlWriterTest {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Test
    void nodesAndEdgesFollowTheDocumentedScheme() throws Exception {
        Parsed graphml = write(SampleGraph.graph());

        assertEquals(7, graphml.elements("node").size(), "six actors and one event");
        assertEquals(
                List.of(
                        "membership:11 actor:1>actor:2",
                        "membership:12 actor:4>actor:2",
                        "position:21 actor:3>actor:2",
                        "participation:31:3:INITIATOR actor:3>event:31",
                        "participation:31:2:INITIATOR actor:2>event:31",
                        "participation:31:1:TARGET actor:1>event:31",
                        "statement:41:2 actor:3>actor:2",
                        "statement:41:1 actor:3>actor:1"),
                graphml.elements("edge").stream()
                        .map(e ->
                                e.getAttribute("id") + " " + e.getAttribute("source") + ">" + e.getAttribute("target"))
                        .toList(),
                "the unattributed statement has no edge");
        Map<String, String> invited = graphml.data(graphml.byId("membership:11"));
        assertEquals("membership", invited.get("kind"));
        assertEquals("INVITED", invited.get("role"));
        assertEquals("2007-05", invited.get("since"));
        assertFalse(invited.containsKey("until"), "an open end is left out, not written empty");
        Map<String, String> iran = graphml.data(graphml.byId("actor:1"));
        assertEquals("actor", iran.get("type"));
        assertEquals("iran", iran.get("handle"));
        assertEquals("Iran", iran.get("label"));
        assertEquals("IRN", iran.get("countryCode"));
        assertEquals("actor:4", graphml.data(graphml.byId("actor:5")).get("parent"));
    }

    @Test
    void everyEdgeCitesTheSourcesOfItsFact() throws Exception {
        Parsed graphml = write(SampleGraph.graph());
        for (Element edge : graphml.elements("edge")) {
            assertFalse(graphml.data(edge).getOrDefault("sourceIds", "").isEmpty(), edge.getAttribute("id"));
        }
        Map<String, String> both = graphml.data(graphml.byId("membership:12"));
        assertEquals("1 2", both.get("sourceIds"));
        assertEquals("CSTO Iran: Unpacking; Kartapolov, on Iran <https://tass.example/1?a=1&b=2>", both.get("sources"));
        assertEquals("2", graphml.data(graphml.byId("statement:41:1")).get("sourceIds"));
        assertEquals(
                "1", graphml.data(graphml.byId("participation:31:1:TARGET")).get("sourceIds"));
    }

    @Test
    void textsSurviveEscapingAndControlCharactersBecomeReplacements() throws Exception {
        Parsed graphml = write(SampleGraph.graph());
        String expected = SampleGraph.HOSTILE.replace('\u0001', '\uFFFD');
        assertEquals(expected, graphml.data(graphml.byId("event:31")).get("label"));
        assertEquals(expected, graphml.data(graphml.byId("actor:2")).get("description"));
        assertEquals(expected, graphml.data(graphml.byId("statement:41:2")).get("label"));
    }

    @Test
    void anEdgeToAnActorOutsideTheExportIsLeftOut() throws Exception {
        Graph sample = SampleGraph.graph();
        Graph withoutCsto = new Graph(
                sample.actors().stream().filter(a -> !a.id().equals("2")).toList(),
                sample.memberships(),
                sample.positions(),
                sample.events(),
                sample.statements());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphmlWriter.Written written = GraphmlWriter.write(withoutCsto, out);
        Parsed graphml = Parsed.of(out.toByteArray());
        assertEquals(
                List.of("participation:31:3:INITIATOR", "participation:31:1:TARGET", "statement:41:1"),
                graphml.elements("edge").stream().map(e -> e.getAttribute("id")).toList());
        assertEquals(new GraphmlWriter.Written(6, 3, 1), written);
    }

    private static Parsed write(Graph graph) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphmlWriter.write(graph, out);
        return Parsed.of(out.toByteArray());
    }

    /** A GraphML document read back with the JDK's DOM parser, namespace-aware. */
    record Parsed(Document document, Map<String, String> keyNames) {
        static Parsed of(byte[] xml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            Map<String, String> names = new HashMap<>();
            NodeList keys = document.getElementsByTagNameNS(NS, "key");
            for (int i = 0; i < keys.getLength(); i++) {
                Element key = (Element) keys.item(i);
                names.put(key.getAttribute("id"), key.getAttribute("attr.name"));
            }
            return new Parsed(document, names);
        }

        List<Element> elements(String name) {
            NodeList list = document.getElementsByTagNameNS(NS, name);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                elements.add((Element) list.item(i));
            }
            return elements;
        }

        Element byId(String id) {
            return elements("node").stream()
                    .filter(e -> e.getAttribute("id").equals(id))
                    .findFirst()
                    .or(() -> elements("edge").stream()
                            .filter(e -> e.getAttribute("id").equals(id))
                            .findFirst())
                    .orElseThrow(() -> new AssertionError("no element " + id));
        }

        /** An element's data by attribute name. */
        Map<String, String> data(Element element) {
            Map<String, String> data = new HashMap<>();
            NodeList list = element.getElementsByTagNameNS(NS, "data");
            for (int i = 0; i < list.getLength(); i++) {
                Element d = (Element) list.item(i);
                data.put(keyNames.get(d.getAttribute("key")), d.getTextContent());
            }
            return data;
        }
    }
}
