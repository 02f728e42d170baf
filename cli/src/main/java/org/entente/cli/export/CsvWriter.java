package org.entente.cli.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.entente.cli.export.Graph.Actor;
import org.entente.cli.export.Graph.Event;
import org.entente.cli.export.Graph.Membership;
import org.entente.cli.export.Graph.Participation;
import org.entente.cli.export.Graph.Position;
import org.entente.cli.export.Graph.Source;
import org.entente.cli.export.Graph.Statement;

/**
 * Writes a graph as a directory of CSV files (RFC 4180, UTF-8), one per kind of record. Actors
 * are referred to by id and, for reading, by handle; facts name their sources in
 * {@code sourceIds} (space-separated ids of sources.csv); aliases are a JSON array, since an
 * alias may contain any separator.
 */
public final class CsvWriter {
    /** Each file with its columns, in the order they are written. */
    static final Map<String, List<String>> FILES = Map.of(
            "actors.csv",
            List.of("id", "handle", "name", "kind", "countryCode", "wikidataId", "parentId", "aliases", "description"),
            "memberships.csv",
            List.of(
                    "id",
                    "memberId",
                    "memberHandle",
                    "organizationId",
                    "organizationHandle",
                    "role",
                    "since",
                    "until",
                    "sourceIds"),
            "positions.csv",
            List.of(
                    "id",
                    "holderId",
                    "holderHandle",
                    "organizationId",
                    "organizationHandle",
                    "title",
                    "since",
                    "until",
                    "sourceIds"),
            "events.csv",
            List.of("id", "key", "type", "title", "date", "endDate", "location", "summary", "sourceIds"),
            "event_participants.csv",
            List.of("eventId", "actorId", "actorHandle", "role", "sourceIds"),
            "statements.csv",
            List.of(
                    "id",
                    "key",
                    "kind",
                    "date",
                    "speakerId",
                    "speakerHandle",
                    "speakerCapacity",
                    "aboutIds",
                    "aboutHandles",
                    "stance",
                    "text",
                    "eventId",
                    "reportedById",
                    "sourceIds"),
            "sources.csv",
            List.of("id", "key", "title", "url", "publishedAt", "retrievedAt", "publisherId", "publisherName"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Actor> actors;
    private final Path directory;

    private CsvWriter(Graph graph, Path directory) {
        this.actors = graph.actorsById();
        this.directory = directory;
    }

    /** Writes every file into {@code directory} (created when missing), replacing files of the same names. */
    public static void write(Graph graph, Path directory) throws IOException {
        Files.createDirectories(directory);
        new CsvWriter(graph, directory).writeAll(graph);
    }

    private void writeAll(Graph graph) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Actor a : graph.actors()) {
            rows.add(row(
                    a.id(),
                    a.handle(),
                    a.name(),
                    a.kind(),
                    a.countryCode(),
                    a.wikidataId(),
                    a.parentId(),
                    aliases(a.aliases()),
                    a.description()));
        }
        file("actors.csv", rows);

        rows = new ArrayList<>();
        for (Membership m : graph.memberships()) {
            rows.add(row(
                    m.id(),
                    m.memberId(),
                    handle(m.memberId()),
                    m.organizationId(),
                    handle(m.organizationId()),
                    m.role(),
                    m.since(),
                    m.until(),
                    ids(m.sources())));
        }
        file("memberships.csv", rows);

        rows = new ArrayList<>();
        for (Position p : graph.positions()) {
            rows.add(row(
                    p.id(),
                    p.holderId(),
                    handle(p.holderId()),
                    p.organizationId(),
                    handle(p.organizationId()),
                    p.title(),
                    p.since(),
                    p.until(),
                    ids(p.sources())));
        }
        file("positions.csv", rows);

        rows = new ArrayList<>();
        List<List<Object>> participants = new ArrayList<>();
        for (Event e : graph.events()) {
            rows.add(row(
                    e.id(),
                    e.key(),
                    e.type(),
                    e.title(),
                    e.date(),
                    e.endDate(),
                    e.location(),
                    e.summary(),
                    ids(e.sources())));
            for (Participation p : e.participants()) {
                participants.add(row(e.id(), p.actorId(), handle(p.actorId()), p.role(), ids(e.sources())));
            }
        }
        file("events.csv", rows);
        file("event_participants.csv", participants);

        rows = new ArrayList<>();
        for (Statement s : graph.statements()) {
            rows.add(row(
                    s.id(),
                    s.key(),
                    s.kind(),
                    s.date(),
                    s.speakerId(),
                    s.speakerId() == null ? null : handle(s.speakerId()),
                    s.speakerCapacity(),
                    String.join(" ", s.aboutIds()),
                    s.aboutIds().stream().map(this::handle).collect(Collectors.joining(" ")),
                    s.stance(),
                    s.text(),
                    s.eventId(),
                    s.reportedById(),
                    s.source().id()));
        }
        file("statements.csv", rows);

        rows = new ArrayList<>();
        for (Source s : graph.sources()) {
            rows.add(row(
                    s.id(),
                    s.key(),
                    s.title(),
                    s.url(),
                    s.publishedAt(),
                    s.retrievedAt(),
                    s.publisherId(),
                    s.publisherName()));
        }
        file("sources.csv", rows);
    }

    private void file(String name, List<List<Object>> rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader(FILES.get(name).toArray(String[]::new))
                .get();
        try (Writer out = Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, format)) {
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(CsvWriter::inert).toList());
            }
        }
    }

    /**
     * A cell a spreadsheet will not run as a formula: a text starting with {@code = + - @}, a tab or
     * a carriage return gets a leading apostrophe (the usual CSV-injection guard; spreadsheets hide
     * the apostrophe, other readers see it). Ids, handles, dates and aliases' JSON never start so.
     */
    static Object inert(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    /** An actor's handle, or empty when the actor is not in the export. */
    private String handle(String actorId) {
        Actor actor = actors.get(actorId);
        return actor == null ? "" : actor.handle();
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static String ids(List<Source> sources) {
        return sources.stream().map(Source::id).collect(Collectors.joining(" "));
    }

    private static String aliases(List<String> aliases) throws JsonProcessingException {
        return aliases.isEmpty() ? "" : JSON.writeValueAsString(aliases);
    }
}
