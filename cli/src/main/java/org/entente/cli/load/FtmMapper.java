package org.entente.cli.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.cli.export.Countries;
import org.entente.cli.export.FtmWriter;
import org.entente.cli.load.Dataset.ActorSpec;
import org.entente.cli.load.Dataset.EventSpec;
import org.entente.cli.load.Dataset.MembershipSpec;
import org.entente.cli.load.Dataset.ParticipantSpec;
import org.entente.cli.load.Dataset.PositionSpec;
import org.entente.cli.load.Dataset.SourceSpec;
import org.entente.dates.PartialDate;

/**
 * Turns the FollowTheMoney entities of one file into a {@link Dataset} the loader writes like a
 * YAML file's: Person, Organization, PublicBody, Company and LegalEntity become actors (with
 * handles made from their names), Membership a membership, Occupancy of a Position a position,
 * Event an event, and the provenance of each fact its sources. An entity that cannot be one of
 * Entente's records whole is skipped with the reason at its line, and so is every entity that
 * refers to it: nothing is written half. A value Entente has no place for is left out with a note.
 * One mapper serves a whole run: a file may refer to the entities of the FtM files before it.
 */
public final class FtmMapper {
    static final Set<String> ACTOR_SCHEMATA = Set.of("Person", "Organization", "PublicBody", "Company", "LegalEntity");
    /** Sorted, to be listed in the message for another schema. */
    static final SortedSet<String> SUPPORTED = Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(
            "Person",
            "Organization",
            "PublicBody",
            "Company",
            "LegalEntity",
            "Position",
            "Membership",
            "Occupancy",
            "Event")));

    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]{0,18}");
    private static final int MAX_KEY = 200;

    /** A file mapped: what to write, the entities skipped (with why), and the values left out. */
    public record Mapped(Dataset dataset, List<DatasetProblem> skipped, List<DatasetProblem> notes) {}

    private record Post(String title, String organization) {}

    /** Why an entity is skipped. */
    private static final class Skip extends Exception {
        Skip(String reason) {
            super(reason, null, false, false);
        }
    }

    private final Vocabulary vocabulary;
    private final Set<String> handles = new HashSet<>();
    private final Map<String, String> actorHandles = new HashMap<>();
    private final Map<String, ActorSpec> actors = new LinkedHashMap<>();
    private final Map<String, Post> posts = new HashMap<>();

    // per file
    private Map<String, FtmEntity> fileEntities;
    private Map<String, Integer> skippedIds;
    private List<DatasetProblem> notes;
    private Map<String, SourceSpec> sources;
    private SourceSpec fileSource;
    private Set<String> noPublisher;

    public FtmMapper(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Handles the run's other files use: generated handles avoid them. */
    public void reserve(Collection<String> taken) {
        handles.addAll(taken);
    }

    /** Maps one file; {@code fileName} titles the source of its facts that cite none, {@code content} keys it. */
    public Mapped map(List<FtmEntity> entities, String fileName, String content) {
        fileEntities = new HashMap<>();
        entities.forEach(e -> fileEntities.put(e.id(), e));
        skippedIds = new HashMap<>();
        notes = new ArrayList<>();
        sources = new LinkedHashMap<>();
        noPublisher = new HashSet<>();
        fileSource = new SourceSpec(
                1, "ftm-file-" + digest(content), "FollowTheMoney entities of " + fileName, null, null, null, null);
        List<DatasetProblem> skipped = new ArrayList<>();
        List<ActorSpec> fileActors = new ArrayList<>();
        List<MembershipSpec> memberships = new ArrayList<>();
        List<PositionSpec> positions = new ArrayList<>();
        List<EventSpec> events = new ArrayList<>();
        Map<String, Integer> eventKeys = new HashMap<>();
        for (FtmEntity e : entities) {
            if (!SUPPORTED.contains(e.schema())) {
                skip(skipped, e, "schema '" + e.schema() + "' is not imported (imported: " + SUPPORTED + ")");
            }
        }
        // actors first, then the posts they hold, then the facts that name both: in any order in the file
        each(entities, skipped, e -> {
            if (ACTOR_SCHEMATA.contains(e.schema())) {
                fileActors.add(actor(e));
            }
        });
        each(entities, skipped, e -> {
            if (e.schema().equals("Position")) {
                posts.put(e.id(), new Post(required(e, "name"), reference(e, "organization", true)));
            }
        });
        each(entities, skipped, e -> {
            switch (e.schema()) {
                case "Membership" -> memberships.add(membership(e));
                case "Occupancy" -> positions.add(occupancy(e));
                case "Event" -> events.add(event(e, eventKeys));
                default -> {}
            }
        });
        skipped.sort(null);
        notes.sort(null);
        List<SourceSpec> cited = new ArrayList<>(sources.values());
        Dataset dataset = new Dataset(cited, fileActors, memberships, positions, events, List.of(), true);
        return new Mapped(dataset, skipped, List.copyOf(notes));
    }

    @FunctionalInterface
    private interface Mapping {
        void apply(FtmEntity e) throws Skip;
    }

    private void each(List<FtmEntity> entities, List<DatasetProblem> skipped, Mapping mapping) {
        for (FtmEntity e : entities) {
            try {
                mapping.apply(e);
            } catch (Skip reason) {
                skip(skipped, e, reason.getMessage());
            }
        }
    }

    private void skip(List<DatasetProblem> skipped, FtmEntity e, String reason) {
        skippedIds.put(e.id(), e.line());
        skipped.add(new DatasetProblem(e.line(), e.schema() + " '" + e.id() + "' skipped: " + reason));
    }

    // --- actors ------------------------------------------------------------------------------

    private ActorSpec actor(FtmEntity e) throws Skip {
        String name = required(e, "name");
        Set<String> aliases = new LinkedHashSet<>(e.values("name"));
        aliases.addAll(e.values("alias"));
        aliases.addAll(e.values("previousName"));
        aliases.remove(name);
        String description = e.first("description") != null ? e.first("description") : e.first("summary");
        String handle = Handles.free(Handles.slug(name), handles);
        ActorSpec actor = new ActorSpec(
                e.line(), handle, kind(e), name, List.copyOf(aliases), description, country(e), wikidataId(e), null);
        handles.add(handle);
        actorHandles.put(e.id(), handle);
        actors.put(handle, actor);
        return actor;
    }

    /**
     * The kind `./entente export` wrote in {@code classification} when it fits the schema, else the
     * schema's: a PublicBody is a government body, an Organization an international organization (the
     * organizations of a geopolitical graph), a Company or LegalEntity a group.
     */
    private String kind(FtmEntity e) {
        for (String classification : e.values("classification")) {
            String kind = constant(classification);
            boolean generic = e.schema().equals("Company") || e.schema().equals("LegalEntity");
            if (vocabulary.values("ActorKind").contains(kind)
                    && (FtmWriter.schema(kind).equals(e.schema()) || (generic && !kind.equals("PERSON")))) {
                return kind;
            }
        }
        return switch (e.schema()) {
            case "Person" -> "PERSON";
            case "PublicBody" -> "GOVERNMENT_BODY";
            case "Organization" -> "INTERNATIONAL_ORGANIZATION";
            default -> "GROUP";
        };
    }

    private String country(FtmEntity e) {
        String country = null;
        for (String code : e.values("country")) {
            String alpha3 = Countries.alpha3(code);
            if (alpha3 == null) {
                note(e, "country '" + code + "' has no ISO 3166-1 alpha-3 code; left out");
            } else if (country == null) {
                country = alpha3;
            } else if (!country.equals(alpha3)) {
                note(e, "country '" + code + "' left out: an actor has one country (" + country + " kept)");
            }
        }
        return country;
    }

    private String wikidataId(FtmEntity e) {
        String id = null;
        for (String value : e.values("wikidataId")) {
            if (!WIKIDATA_ID.matcher(value).matches()) {
                note(e, "wikidataId '" + value + "' is not a Wikidata item id (Q…); left out");
            } else if (id == null) {
                id = value;
            } else if (!id.equals(value)) {
                note(e, "wikidataId '" + value + "' left out: an actor has one (" + id + " kept)");
            }
        }
        return id;
    }

    // --- facts --------------------------------------------------------------------------------

    private MembershipSpec membership(FtmEntity e) throws Skip {
        String member = reference(e, "member", true);
        String organization = reference(e, "organization", true);
        String role = role(e);
        String since = date(e, "startDate");
        String until = date(e, "endDate");
        ordered(since, until, "startDate", "endDate");
        return new MembershipSpec(e.line(), member, organization, role, since, until, cites(e));
    }

    private String role(FtmEntity e) throws Skip {
        List<String> roles = e.values("role");
        if (roles.size() > 1) {
            throw new Skip("it has " + roles.size() + " roles; an Entente membership has one (make one Membership"
                    + " per role)");
        }
        if (roles.isEmpty()) {
            return "MEMBER";
        }
        String role = constant(roles.get(0));
        if (!vocabulary.values("MembershipRole").contains(role)) {
            throw new Skip(
                    "role '" + roles.get(0) + "' is not one of " + new TreeSet<>(vocabulary.values("MembershipRole")));
        }
        return role;
    }

    private PositionSpec occupancy(FtmEntity e) throws Skip {
        String holder = reference(e, "holder", true);
        String postId = single(e, "post");
        Post post = posts.get(postId);
        if (post == null) {
            throw new Skip(missing(e, "post", postId, "Position"));
        }
        String since = date(e, "startDate");
        String until = date(e, "endDate");
        ordered(since, until, "startDate", "endDate");
        return new PositionSpec(e.line(), holder, post.organization(), post.title(), since, until, cites(e));
    }

    private EventSpec event(FtmEntity e, Map<String, Integer> keys) throws Skip {
        String title = required(e, "name");
        String date = date(e, "date") != null ? date(e, "date") : date(e, "startDate");
        String endDate = date(e, "endDate");
        if (endDate != null && date == null) {
            throw new Skip("it has an endDate and no date");
        }
        ordered(date, endDate, "date", "endDate");
        List<ParticipantSpec> participants = new ArrayList<>();
        Set<String> organizers = new LinkedHashSet<>();
        for (String id : e.values("organizer")) {
            organizers.add(actorReference(e, "organizer", id));
        }
        for (String organizer : organizers) {
            participants.add(new ParticipantSpec(e.line(), organizer, "HOST"));
        }
        for (String id : e.values("involved")) {
            String actor = actorReference(e, "involved", id);
            if (!organizers.contains(actor)) {
                participants.add(new ParticipantSpec(e.line(), actor, "PARTICIPANT"));
            }
        }
        String key = e.first("recordId") != null && e.first("recordId").length() <= MAX_KEY
                ? e.first("recordId")
                : "ftm-event-" + (e.id().length() <= MAX_KEY - 10 ? e.id() : digest(e.id()));
        Integer earlier = keys.putIfAbsent(key, e.line());
        if (earlier != null) {
            throw new Skip("its key '" + key + "' is the event's at line " + earlier + " too");
        }
        String summary = e.first("summary");
        String description = e.first("description");
        if (summary == null && description != null && !description.startsWith(FtmSources.PREFIX)) {
            summary = description;
        }
        return new EventSpec(
                e.line(), key, "OTHER", title, summary, date, endDate, e.first("location"), participants, cites(e));
    }

    // --- references, dates, sources --------------------------------------------------------------

    private String reference(FtmEntity e, String property, boolean required) throws Skip {
        List<String> ids = e.values(property);
        if (ids.isEmpty()) {
            if (required) {
                throw new Skip("it has no '" + property + "'");
            }
            return null;
        }
        return actorReference(e, property, single(e, property));
    }

    private String actorReference(FtmEntity e, String property, String id) throws Skip {
        String handle = actorHandles.get(id);
        if (handle == null) {
            throw new Skip(missing(e, property, id, "person or organization"));
        }
        return handle;
    }

    private static String single(FtmEntity e, String property) throws Skip {
        List<String> ids = e.values(property);
        if (ids.isEmpty()) {
            throw new Skip("it has no '" + property + "'");
        }
        if (ids.size() > 1) {
            throw new Skip("it has " + ids.size() + " '" + property + "' values; Entente records one");
        }
        return ids.get(0);
    }

    /** Why a referenced entity is not there: skipped, of another schema, or not in the run's files. */
    private String missing(FtmEntity e, String property, String id, String expected) {
        if (skippedIds.containsKey(id)) {
            return property + " '" + id + "' is skipped (line " + skippedIds.get(id) + ")";
        }
        FtmEntity other = fileEntities.get(id);
        if (other != null) {
            return property + " '" + id + "' is a " + other.schema() + " (line " + other.line() + "), not a "
                    + expected;
        }
        return property + " '" + id + "' is not an entity of this file or of an earlier one";
    }

    private static String required(FtmEntity e, String property) throws Skip {
        String value = e.first(property);
        if (value == null) {
            throw new Skip("it has no '" + property + "'");
        }
        return value;
    }

    /**
     * An FtM date as a partial date: FtM's dates are ISO 8601 prefixes, a time (after 'T') is more
     * precise than Entente's days and is cut off. Several values: the first.
     */
    private String date(FtmEntity e, String property) throws Skip {
        String value = e.first(property);
        if (value == null) {
            return null;
        }
        String day = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        if (!PartialDate.isValid(day)) {
            throw new Skip(property + " '" + value + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        if (e.values(property).size() > 1) {
            note(e, "several " + property + " values; the first (" + value + ") is kept");
        }
        return day;
    }

    private static void ordered(String from, String to, String fromName, String toName) throws Skip {
        if (from != null
                && to != null
                && PartialDate.parse(to).end().isBefore(PartialDate.parse(from).start())) {
            throw new Skip(toName + " " + to + " is before " + fromName + " " + from);
        }
    }

    /** The refs of a fact's sources, recorded for the file; the file's own source when it cites none. */
    private List<String> cites(FtmEntity e) {
        FtmSources.Result found = FtmSources.of(e);
        if (found.leftOut() != null) {
            note(e, found.leftOut());
        }
        List<String> refs = new ArrayList<>();
        if (found.sources().isEmpty()) {
            sources.putIfAbsent(fileSource.ref(), fileSource);
            refs.add(fileSource.ref());
            return refs;
        }
        for (FtmSources.Cited s : found.sources()) {
            String ref = "ftm-" + digest(s.url() != null ? "url " + s.url() : "title " + s.title());
            sources.putIfAbsent(
                    ref,
                    new SourceSpec(
                            e.line(), ref, s.title(), s.url(), publisher(e, s.publisher()), null, s.retrievedAt()));
            if (!refs.contains(ref)) {
                refs.add(ref);
            }
        }
        return refs;
    }

    /** The actor of the run named like the publisher, when exactly one is; else none (noted once a file). */
    private String publisher(FtmEntity e, String name) {
        if (name == null) {
            return null;
        }
        String wanted = ActorMatcher.normalize(name);
        List<String> named = new ArrayList<>();
        for (ActorSpec a : actors.values()) {
            boolean same = ActorMatcher.normalize(a.name()).equals(wanted)
                    || a.aliases().stream()
                            .anyMatch(alias -> ActorMatcher.normalize(alias).equals(wanted));
            if (same) {
                named.add(a.handle());
            }
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        if (noPublisher.add(name)) {
            note(
                    e,
                    "publisher '" + name + "' is " + (named.isEmpty() ? "no" : "more than one")
                            + " person or organization of the files; the sources it published are recorded without it");
        }
        return null;
    }

    private void note(FtmEntity e, String message) {
        notes.add(new DatasetProblem(e.line(), e.schema() + " '" + e.id() + "': " + message));
    }

    /** FtM's free text as an Entente enum constant: "Dialogue partner" → DIALOGUE_PARTNER. */
    private static String constant(String text) {
        return text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
