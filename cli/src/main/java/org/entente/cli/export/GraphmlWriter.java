package org.entente.cli.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.entente.cli.export.Graph.Actor;
import org.entente.cli.export.Graph.Event;
import org.entente.cli.export.Graph.Membership;
import org.entente.cli.export.Graph.Participation;
import org.entente.cli.export.Graph.Position;
import org.entente.cli.export.Graph.Source;
import org.entente.cli.export.Graph.Statement;

/**
 * Writes a graph as GraphML (for Gephi, yEd, Cytoscape, NetworkX): actors and events are nodes
 * ({@code actor:ID}, {@code event:ID}); memberships (member → organization), positions
 * (holder → organization), participations (actor → event) and statements (speaker → each actor
 * it is about) are directed edges. Every edge carries the sources of its fact: {@code sourceIds}
 * (the ids of sources.csv, space-separated) and {@code sources} (their titles and URLs). A
 * statement without a speaker, and an edge whose actor is not among the nodes, has no edge.
 */
public final class GraphmlWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    /** The node attributes, in this order: GraphML declares each once as a key. */
    private static final List<String> NODE_KEYS = List.of(
            "type",
            "label",
            "handle",
            "kind",
            "countryCode",
            "wikidataId",
            "aliases",
            "description",
            "parent",
            "eventType",
            "key",
            "date",
            "endDate",
            "location",
            "summary",
            "sourceIds",
            "sources");

    private static final List<String> EDGE_KEYS = List.of(
            "kind",
            "label",
            "role",
            "title",
            "since",
            "until",
            "date",
            "stance",
            "statementKind",
            "speakerCapacity",
            "event",
            "sourceIds",
            "sources");

    /** What was written. */
    public record Written(int nodes, int edges, int statementsWithoutEdge) {}

    private GraphmlWriter() {}

    public static Written write(Graph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            Written written = new Document(graph, xml).write();
            xml.close();
            return written;
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static final class Document {
        private final Graph graph;
        private final XMLStreamWriter xml;
        private final Set<String> actorIds;
        private int nodes;
        private int edges;
        private int statementsWithoutEdge;

        Document(Graph graph, XMLStreamWriter xml) {
            this.graph = graph;
            this.xml = xml;
            this.actorIds = graph.actors().stream().map(Actor::id).collect(Collectors.toSet());
        }

        Written write() throws XMLStreamException {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            for (String key : NODE_KEYS) {
                declare("node", key);
            }
            for (String key : EDGE_KEYS) {
                declare("edge", key);
            }
            xml.writeCharacters("\n");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "entente");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
            for (Actor actor : graph.actors()) {
                actor(actor);
            }
            for (Event event : graph.events()) {
                event(event);
            }
            for (Membership membership : graph.memberships()) {
                membership(membership);
            }
            for (Position position : graph.positions()) {
                position(position);
            }
            for (Event event : graph.events()) {
                for (Participation participation : event.participants()) {
                    participation(event, participation);
                }
            }
            for (Statement statement : graph.statements()) {
                statement(statement);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            return new Written(nodes, edges, statementsWithoutEdge);
        }

        private void declare(String domain, String name) throws XMLStreamException {
            xml.writeCharacters("\n  ");
            xml.writeEmptyElement("key");
            xml.writeAttribute("id", keyId(domain, name));
            xml.writeAttribute("for", domain);
            xml.writeAttribute("attr.name", name);
            xml.writeAttribute("attr.type", "string");
        }

        private void actor(Actor actor) throws XMLStreamException {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("type", "actor");
            data.put("label", actor.name());
            data.put("handle", actor.handle());
            data.put("kind", actor.kind());
            data.put("countryCode", actor.countryCode());
            data.put("wikidataId", actor.wikidataId());
            data.put("aliases", actor.aliases().isEmpty() ? null : String.join("; ", actor.aliases()));
            data.put("description", actor.description());
            data.put("parent", actor.parentId() == null ? null : "actor:" + actor.parentId());
            node("actor:" + actor.id(), data);
        }

        private void event(Event event) throws XMLStreamException {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("type", "event");
            data.put("label", event.title());
            data.put("eventType", event.type());
            data.put("key", event.key());
            data.put("date", event.date());
            data.put("endDate", event.endDate());
            data.put("location", event.location());
            data.put("summary", event.summary());
            cites(data, event.sources());
            node("event:" + event.id(), data);
        }

        private void membership(Membership m) throws XMLStreamException {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("kind", "membership");
            data.put("label", m.role());
            data.put("role", m.role());
            data.put("since", m.since());
            data.put("until", m.until());
            cites(data, m.sources());
            actorEdge("membership:" + m.id(), m.memberId(), m.organizationId(), data);
        }

        private void position(Position p) throws XMLStreamException {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("kind", "position");
            data.put("label", p.title());
            data.put("title", p.title());
            data.put("since", p.since());
            data.put("until", p.until());
            cites(data, p.sources());
            actorEdge("position:" + p.id(), p.holderId(), p.organizationId(), data);
        }

        private void participation(Event event, Participation p) throws XMLStreamException {
            if (!actorIds.contains(p.actorId())) {
                return;
            }
            Map<String, String> data = new LinkedHashMap<>();
            data.put("kind", "participation");
            data.put("label", p.role());
            data.put("role", p.role());
            data.put("date", event.date());
            cites(data, event.sources());
            edge(
                    "participation:" + event.id() + ":" + p.actorId() + ":" + p.role(),
                    "actor:" + p.actorId(),
                    "event:" + event.id(),
                    data);
        }

        private void statement(Statement s) throws XMLStreamException {
            int before = edges;
            for (String about : s.aboutIds()) {
                if (s.speakerId() == null) {
                    break;
                }
                Map<String, String> data = new LinkedHashMap<>();
                data.put("kind", "statement");
                data.put("label", s.text());
                data.put("stance", s.stance());
                data.put("date", s.date());
                data.put("statementKind", s.kind());
                data.put("speakerCapacity", s.speakerCapacity());
                data.put("event", s.eventId() == null ? null : "event:" + s.eventId());
                cites(data, List.of(s.source()));
                actorEdge("statement:" + s.id() + ":" + about, s.speakerId(), about, data);
            }
            if (edges == before) {
                statementsWithoutEdge++;
            }
        }

        private static void cites(Map<String, String> data, List<Source> sources) {
            data.put("sourceIds", sources.stream().map(Source::id).collect(Collectors.joining(" ")));
            data.put("sources", sources.stream().map(GraphmlWriter::describe).collect(Collectors.joining("; ")));
        }

        private void actorEdge(String id, String from, String to, Map<String, String> data) throws XMLStreamException {
            if (actorIds.contains(from) && actorIds.contains(to)) {
                edge(id, "actor:" + from, "actor:" + to, data);
            }
        }

        private void node(String id, Map<String, String> data) throws XMLStreamException {
            xml.writeCharacters("    ");
            xml.writeStartElement("node");
            xml.writeAttribute("id", id);
            data(data, "node");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            nodes++;
        }

        private void edge(String id, String source, String target, Map<String, String> data) throws XMLStreamException {
            xml.writeCharacters("    ");
            xml.writeStartElement("edge");
            xml.writeAttribute("id", id);
            xml.writeAttribute("source", source);
            xml.writeAttribute("target", target);
            data(data, "edge");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            edges++;
        }

        private void data(Map<String, String> data, String domain) throws XMLStreamException {
            for (Map.Entry<String, String> entry : data.entrySet()) {
                if (entry.getValue() == null || entry.getValue().isEmpty()) {
                    continue;
                }
                xml.writeStartElement("data");
                xml.writeAttribute("key", keyId(domain, entry.getKey()));
                xml.writeCharacters(XmlText.clean(entry.getValue()));
                xml.writeEndElement();
            }
        }
    }

    /** GraphML keys are unique in the document; a node and an edge attribute may share a name. */
    private static String keyId(String domain, String name) {
        return (domain.equals("node") ? "n_" : "e_") + name;
    }

    /** A source as a reader would cite it: its title, and its URL when it has one. */
    static String describe(Source source) {
        return source.url() == null ? source.title() : source.title() + " <" + source.url() + ">";
    }
}
