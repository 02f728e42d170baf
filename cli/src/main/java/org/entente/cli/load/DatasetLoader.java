package org.entente.cli.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.cli.load.Dataset.*;
import org.entente.dates.Interval;
import org.entente.dates.PartialDate;

/**
 * Writes validated dataset files, one after the other, through the gateway's public mutations,
 * idempotently: each record is looked up by its natural key first (actor handle, membership member +
 * organization + role + since, position holder + organization + title + since, source,
 * event and statement keys) and written only when missing or different. An actor that
 * {@link ActorResolver} linked by Wikidata id or alias to one with another handle is not written:
 * its handle stands for that actor in this file. Actor handles stay known for the later files of
 * the run; source refs and event keys are per file. A record the API refuses (a rule the files
 * cannot be checked against before, such as a membership in a person) is reported at its line and
 * the others are written; a fact that names a refused actor or source is not written either.
 * Each record is one mutation, so none is written half.
 */
public final class DatasetLoader {
    private final GraphQlClient api;
    private final Map<String, String> actorIds = new HashMap<>();
    private Map<String, String> sourceIds;
    private Map<String, String> eventIds;
    private Summary summary;

    public DatasetLoader(GraphQlClient api) {
        this.api = api;
    }

    /** Counts of what the load of one file did, by kind of record, and how its actors were matched. */
    public static final class Summary {
        final Map<String, int[]> counts = new LinkedHashMap<>();
        final List<String> created = new ArrayList<>();
        final List<String> linked = new ArrayList<>();
        final List<String> alreadyRecorded = new ArrayList<>();
        final List<DatasetProblem> refused = new ArrayList<>();

        /** The handles of the actors this file created. */
        public List<String> created() {
            return created;
        }

        /** One entry per actor that is an existing one: "handle (how)". */
        public List<String> linked() {
            return linked;
        }

        /** The records the API refused, or that name a refused one, at their lines. */
        public List<DatasetProblem> refused() {
            return refused;
        }

        /** The memberships of the file that overlap recorded ones with other dates. */
        public List<String> alreadyRecorded() {
            return alreadyRecorded;
        }

        void count(String kind, Outcome outcome) {
            counts.computeIfAbsent(kind, k -> new int[Outcome.values().length])[outcome.ordinal()]++;
        }

        public int count(String kind, String outcome) {
            int[] c = counts.get(kind);
            return c == null ? 0 : c[Outcome.valueOf(outcome.toUpperCase()).ordinal()];
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            counts.forEach((kind, c) -> parts.add(
                    c[3] > 0
                            ? kind + " " + c[3] + " recorded (one per key)"
                            : kind + " " + c[0] + " created, " + c[1] + " updated, " + c[2] + " unchanged"
                                    + (c[4] > 0 ? ", " + c[4] + " linked" : "")
                                    + (c[5] > 0 ? ", " + c[5] + " already recorded with other dates" : "")));
            return String.join("; ", parts);
        }
    }

    /** RECORDED: sent to a mutation that keeps one record per key (created, or the existing one kept). */
    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        RECORDED,
        /** An actor of the file that is an existing one with another handle: nothing sent. */
        LINKED,
        /** A membership that overlaps a recorded one of the same member, organization and role: nothing sent. */
        ALREADY_RECORDED
    }

    /** Loads one file of the run; {@code links} says, per actor handle, which existing actor it is, if any. */
    public Summary load(Dataset d, Map<String, ActorResolver.Link> links) throws IOException, InterruptedException {
        sourceIds = new HashMap<>();
        eventIds = new HashMap<>();
        summary = new Summary();
        for (ActorSpec a : parentsFirst(d.actors())) {
            ActorResolver.Link link = links.get(a.handle());
            ActorMatcher.Match m = link.match();
            if (m.how() == ActorMatcher.How.NONE) {
                if (written(a.line(), "actor '" + link.handle() + "'", () -> writeActor(a, link.handle()))) {
                    summary.created.add(link.handle());
                }
                continue;
            }
            // a made-up handle says nothing to the reader: the name and line do
            String label = d.handlesGenerated() ? "'" + a.name() + "' (line " + a.line() + ")" : a.handle();
            summary.linked.add(label + " (" + m.describe() + ")");
            if (m.how() == ActorMatcher.How.HANDLE) {
                written(a.line(), "actor '" + a.handle() + "'", () -> writeActor(a, a.handle()));
            } else {
                String id = link.existingId() != null ? link.existingId() : actorIds.get(m.handle());
                if (id != null) { // null: the actor of an earlier file it is was refused
                    actorIds.put(a.handle(), id);
                }
                summary.count("actors", Outcome.LINKED);
            }
        }
        for (SourceSpec s : d.sources()) {
            List<String> publisher = s.publisher() == null ? List.of() : List.of(s.publisher());
            if (namesWritten(s.line(), "source '" + s.ref() + "'", publisher, List.of())) {
                written(s.line(), "source '" + s.ref() + "'", () -> writeSource(s));
            }
        }
        String defaultRef = d.sources().isEmpty() ? null : d.sources().get(0).ref();
        for (MembershipSpec m : d.memberships()) {
            List<String> refs = refs(m.cites(), defaultRef);
            String what = "membership of '" + m.member() + "' in '" + m.organization() + "'";
            if (namesWritten(m.line(), what, List.of(m.member(), m.organization()), refs)) {
                written(m.line(), what, () -> writeMembership(m, sources(refs)));
            }
        }
        for (PositionSpec p : d.positions()) {
            List<String> refs = refs(p.cites(), defaultRef);
            String what = "position of '" + p.holder() + "' in '" + p.organization() + "'";
            if (namesWritten(p.line(), what, List.of(p.holder(), p.organization()), refs)) {
                written(p.line(), what, () -> writePosition(p, sources(refs)));
            }
        }
        for (EventSpec e : d.events()) {
            List<String> refs = refs(e.cites(), defaultRef);
            List<String> actors =
                    e.participants().stream().map(ParticipantSpec::actor).toList();
            if (namesWritten(e.line(), "event '" + e.key() + "'", actors, refs)) {
                written(e.line(), "event '" + e.key() + "'", () -> writeEvent(e, sources(refs)));
            }
        }
        for (StatementSpec s : d.statements()) {
            List<String> refs = refs(s.cites(), defaultRef);
            List<String> actors = new ArrayList<>(s.about());
            if (s.speaker() != null) {
                actors.add(s.speaker());
            }
            if (s.reportedBy() != null) {
                actors.add(s.reportedBy());
            }
            boolean eventWritten = s.event() == null || eventIds.containsKey(s.event());
            if (!eventWritten) {
                summary.refused.add(new DatasetProblem(
                        s.line(), "statement '" + s.key() + "' not written: its event was not written"));
            } else if (namesWritten(s.line(), "statement '" + s.key() + "'", actors, refs)) {
                written(
                        s.line(),
                        "statement '" + s.key() + "'",
                        () -> writeStatement(s, sources(refs).get(0)));
            }
        }
        return summary;
    }

    private static List<String> refs(List<String> cites, String defaultRef) {
        return cites.isEmpty() ? List.of(defaultRef) : cites;
    }

    private List<String> sources(List<String> refs) {
        return refs.stream().map(sourceIds::get).toList();
    }

    /** The codes of refusals a record of the file caused; any other error (an outage) stops the load. */
    private static final Set<String> REFUSALS = Set.of("BAD_USER_INPUT", "CONFLICT", "NOT_FOUND");

    @FunctionalInterface
    private interface Write {
        void run() throws IOException, InterruptedException;
    }

    /** Runs one record's write; false, with the refusal reported at its line, when the API refused it. */
    private boolean written(int line, String what, Write write) throws IOException, InterruptedException {
        try {
            write.run();
            return true;
        } catch (GraphQlClient.GraphQlException e) {
            if (!REFUSALS.contains(e.firstCode())) {
                throw e;
            }
            summary.refused.add(new DatasetProblem(line, what + " refused: " + e.getMessage()));
            return false;
        }
    }

    /** Whether the actors and sources a record names were written; if not, the record is reported and not sent. */
    private boolean namesWritten(int line, String what, List<String> handles, List<String> refs) {
        for (String handle : handles) {
            if (!actorIds.containsKey(handle)) {
                summary.refused.add(
                        new DatasetProblem(line, what + " not written: actor '" + handle + "' was not written"));
                return false;
            }
        }
        for (String ref : refs) {
            if (!sourceIds.containsKey(ref)) {
                summary.refused.add(
                        new DatasetProblem(line, what + " not written: source '" + ref + "' was not written"));
                return false;
            }
        }
        return true;
    }

    private static List<ActorSpec> parentsFirst(List<ActorSpec> actors) {
        Map<String, ActorSpec> byHandle = new LinkedHashMap<>();
        actors.forEach(a -> byHandle.put(a.handle(), a));
        List<ActorSpec> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (ActorSpec a : actors) {
            place(a, byHandle, placed, ordered);
        }
        return ordered;
    }

    private static void place(ActorSpec a, Map<String, ActorSpec> byHandle, Set<String> placed, List<ActorSpec> out) {
        if (placed.contains(a.handle())) {
            return;
        }
        if (a.parent() != null && byHandle.containsKey(a.parent())) {
            place(byHandle.get(a.parent()), byHandle, placed, out);
        }
        placed.add(a.handle());
        out.add(a);
    }

    // --- actors ---------------------------------------------------------------------------

    private static final String ACTOR_BY_HANDLE = """
            query ActorByHandle($handle: String!) {
              actor(handle: $handle) { id version kind name aliases description countryCode wikidataId parent { id } }
            }""";
    private static final String CREATE_ACTOR = """
            mutation CreateActor($input: ActorInput!) { createActor(input: $input) { id } }""";
    private static final String UPDATE_ACTOR = """
            mutation UpdateActor($id: ID!, $version: Int!, $input: ActorInput!) {
              updateActor(id: $id, version: $version, input: $input) { id }
            }""";

    /** Creates or updates the actor with {@code handle}; its id is known by the file's handle afterwards. */
    private void writeActor(ActorSpec a, String handle) throws IOException, InterruptedException {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("handle", handle);
        input.put("kind", a.kind());
        input.put("name", a.name());
        input.put("aliases", a.aliases());
        input.put("description", a.description());
        input.put("countryCode", a.countryCode());
        input.put("wikidataId", a.wikidataId());
        input.put("parentId", a.parent() == null ? null : actorIds.get(a.parent()));
        JsonNode existing =
                api.execute(ACTOR_BY_HANDLE, Map.of("handle", handle)).path("actor");
        if (existing.isNull() || existing.isMissingNode()) {
            String id = api.execute(CREATE_ACTOR, Map.of("input", input))
                    .path("createActor")
                    .path("id")
                    .asText();
            actorIds.put(a.handle(), id);
            summary.count("actors", Outcome.CREATED);
            return;
        }
        String id = existing.path("id").asText();
        actorIds.put(a.handle(), id);
        keepWhatTheFileLeavesOut(input, existing);
        if (sameActor(existing, input)) {
            summary.count("actors", Outcome.UNCHANGED);
        } else {
            api.execute(
                    UPDATE_ACTOR,
                    Map.of("id", id, "version", existing.path("version").asInt(), "input", input));
            summary.count("actors", Outcome.UPDATED);
        }
    }

    /**
     * Another file may name the same actor by its handle and say less about it (no description,
     * no aliases): what it leaves out is kept, so that loading several files in any order does not
     * undo one another and loading them again changes nothing.
     */
    private static void keepWhatTheFileLeavesOut(Map<String, Object> input, JsonNode existing) {
        if (((List<?>) input.get("aliases")).isEmpty()) {
            List<String> aliases = new ArrayList<>();
            existing.path("aliases").forEach(n -> aliases.add(n.asText()));
            input.put("aliases", aliases);
        }
        input.putIfAbsent("description", text(existing.path("description")));
        input.putIfAbsent("countryCode", text(existing.path("countryCode")));
        input.putIfAbsent("wikidataId", text(existing.path("wikidataId")));
        input.putIfAbsent("parentId", text(existing.path("parent").path("id")));
    }

    private static boolean sameActor(JsonNode existing, Map<String, Object> wanted) {
        List<String> aliases = new ArrayList<>();
        existing.path("aliases").forEach(n -> aliases.add(n.asText()));
        return existing.path("kind").asText().equals(wanted.get("kind"))
                && existing.path("name").asText().equals(wanted.get("name"))
                && new HashSet<>(aliases).equals(new HashSet<>((List<?>) wanted.get("aliases")))
                && Objects.equals(text(existing.path("description")), wanted.get("description"))
                && Objects.equals(text(existing.path("countryCode")), wanted.get("countryCode"))
                && Objects.equals(text(existing.path("wikidataId")), wanted.get("wikidataId"))
                && Objects.equals(text(existing.path("parent").path("id")), wanted.get("parentId"));
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    // --- memberships and positions ----------------------------------------------------------

    private static final String MEMBERSHIPS_OF = """
            query MembershipsOf($id: ID!) {
              actor(id: $id) { memberships { id organization { id } role since until } }
            }""";
    private static final String ADD_MEMBERSHIP = """
            mutation AddMembership($input: MembershipInput!) { addMembership(input: $input) { id } }""";
    private static final String END_MEMBERSHIP = """
            mutation EndMembership($id: ID!, $until: PartialDate!) { endMembership(id: $id, until: $until) { id } }""";

    private void writeMembership(MembershipSpec m, List<String> sources) throws IOException, InterruptedException {
        String member = actorIds.get(m.member());
        String organization = actorIds.get(m.organization());
        JsonNode list =
                api.execute(MEMBERSHIPS_OF, Map.of("id", member)).path("actor").path("memberships");
        for (JsonNode existing : list) {
            if (existing.path("organization").path("id").asText().equals(organization)
                    && existing.path("role").asText().equals(m.role())
                    && Objects.equals(text(existing.path("since")), m.since())) {
                endIfNewlyEnded(existing, m.until(), END_MEMBERSHIP, "memberships");
                return;
            }
        }
        for (JsonNode existing : list) {
            if (existing.path("organization").path("id").asText().equals(organization)
                    && existing.path("role").asText().equals(m.role())
                    && overlaps(existing, m.since(), m.until())) {
                alreadyRecorded("memberships", m.member() + " " + m.role() + " of " + m.organization(), existing);
                return;
            }
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("memberId", member);
        input.put("organizationId", organization);
        input.put("role", m.role());
        input.put("since", m.since());
        input.put("until", m.until());
        input.put("sourceIds", sources);
        api.execute(ADD_MEMBERSHIP, Map.of("input", input));
        summary.count("memberships", Outcome.CREATED);
    }

    private static final String POSITIONS_OF = """
            query PositionsOf($id: ID!) {
              actor(id: $id) { positions { id organization { id } title since until } }
            }""";
    private static final String ADD_POSITION = """
            mutation AddPosition($input: PositionInput!) { addPosition(input: $input) { id } }""";
    private static final String END_POSITION = """
            mutation EndPosition($id: ID!, $until: PartialDate!) { endPosition(id: $id, until: $until) { id } }""";

    private void writePosition(PositionSpec p, List<String> sources) throws IOException, InterruptedException {
        String holder = actorIds.get(p.holder());
        String organization = actorIds.get(p.organization());
        JsonNode list =
                api.execute(POSITIONS_OF, Map.of("id", holder)).path("actor").path("positions");
        for (JsonNode existing : list) {
            if (existing.path("organization").path("id").asText().equals(organization)
                    && existing.path("title").asText().equals(p.title())
                    && Objects.equals(text(existing.path("since")), p.since())) {
                endIfNewlyEnded(existing, p.until(), END_POSITION, "positions");
                return;
            }
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("holderId", holder);
        input.put("organizationId", organization);
        input.put("title", p.title());
        input.put("since", p.since());
        input.put("until", p.until());
        input.put("sourceIds", sources);
        api.execute(ADD_POSITION, Map.of("input", input));
        summary.count("positions", Outcome.CREATED);
    }

    /**
     * The API keeps one membership per member, organization and role at a time: one a file states
     * that overlaps a recorded one with other dates, typically from another article, is the same
     * fact and is not sent (the API would refuse it with CONFLICT), but reported.
     */
    private static boolean overlaps(JsonNode existing, String since, String until) {
        return interval(text(existing.path("since")), text(existing.path("until")))
                .overlaps(interval(since, until));
    }

    private static Interval interval(String since, String until) {
        return new Interval(
                since == null ? null : PartialDate.parse(since), until == null ? null : PartialDate.parse(until));
    }

    private void alreadyRecorded(String kind, String fact, JsonNode existing) {
        summary.count(kind, Outcome.ALREADY_RECORDED);
        String since = text(existing.path("since"));
        String until = text(existing.path("until"));
        summary.alreadyRecorded.add(fact + " (recorded " + (since == null ? "undated" : "from " + since)
                + (until == null ? "" : " until " + until) + ")");
    }

    /** A fact recorded open-ended and now given an end in the file is ended; anything else is left alone. */
    private void endIfNewlyEnded(JsonNode existing, String until, String mutation, String kind)
            throws IOException, InterruptedException {
        if (until != null && text(existing.path("until")) == null) {
            api.execute(mutation, Map.of("id", existing.path("id").asText(), "until", until));
            summary.count(kind, Outcome.UPDATED);
        } else {
            summary.count(kind, Outcome.UNCHANGED);
        }
    }

    // --- sources, events, statements (events-service) ---------------------------------------

    private static final String ADD_SOURCE = """
            mutation AddSource($input: SourceInput!) { addSource(input: $input) { id } }""";
    private static final String RECORD_EVENT = """
            mutation RecordEvent($input: EventInput!) { recordEvent(input: $input) { id } }""";
    private static final String RECORD_STATEMENT = """
            mutation RecordStatement($input: StatementInput!) { recordStatement(input: $input) { id } }""";

    /** addSource returns the existing source for the same key or URL, so a second load creates nothing. */
    private void writeSource(SourceSpec s) throws IOException, InterruptedException {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("key", s.ref());
        input.put("title", s.title());
        input.put("url", s.url());
        input.put("publisherId", s.publisher() == null ? null : actorIds.get(s.publisher()));
        input.put("publishedAt", s.publishedAt());
        input.put("retrievedAt", s.retrievedAt());
        sourceIds.put(
                s.ref(),
                api.execute(ADD_SOURCE, Map.of("input", input))
                        .path("addSource")
                        .path("id")
                        .asText());
        summary.count("sources", Outcome.RECORDED);
    }

    /** recordEvent returns the existing event for a key it already has. */
    private void writeEvent(EventSpec e, List<String> sources) throws IOException, InterruptedException {
        List<Map<String, Object>> participants = new ArrayList<>();
        for (ParticipantSpec p : e.participants()) {
            participants.add(Map.of("actorId", actorIds.get(p.actor()), "role", p.role()));
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("key", e.key());
        input.put("type", e.type());
        input.put("title", e.title());
        input.put("summary", e.summary());
        input.put("date", e.date());
        input.put("endDate", e.endDate());
        input.put("location", e.location());
        input.put("participants", participants);
        input.put("sourceIds", sources);
        eventIds.put(
                e.key(),
                api.execute(RECORD_EVENT, Map.of("input", input))
                        .path("recordEvent")
                        .path("id")
                        .asText());
        summary.count("events", Outcome.RECORDED);
    }

    private void writeStatement(StatementSpec s, String source) throws IOException, InterruptedException {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("key", s.key());
        input.put("kind", s.kind());
        input.put("text", s.text());
        input.put("speakerId", s.speaker() == null ? null : actorIds.get(s.speaker()));
        input.put("speakerCapacity", s.speakerCapacity());
        input.put("date", s.date());
        input.put("eventId", s.event() == null ? null : eventIds.get(s.event()));
        input.put("aboutIds", s.about().stream().map(actorIds::get).toList());
        input.put("stance", s.stance());
        input.put("reportedById", s.reportedBy() == null ? null : actorIds.get(s.reportedBy()));
        input.put("sourceId", source);
        api.execute(RECORD_STATEMENT, Map.of("input", input));
        summary.count("statements", Outcome.RECORDED);
    }
}
