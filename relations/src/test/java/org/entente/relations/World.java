package org.entente.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.entente.dates.Interval;
import org.entente.dates.PartialDate;
import org.entente.gateway.fixtures.FixtureServer;

/**
 * Fixture actors and events subgraphs (schemas shaped like the real services') over a small
 * world: Iran (1), CSTO (2), Russia (3), SCO (4), the State Duma (5) and its Defence Committee (6),
 * Andrei Kartapolov (7) who chairs it, Armenia (8), TASS (9, connected to nothing).
 * Memberships 11–15, position 21, sources 31–34, events 101–102, statements 201–202.
 */
final class World implements AutoCloseable {

    final FixtureServer actors;
    final FixtureServer events;

    private static final Map<String, Map<String, Object>> ACTORS = new LinkedHashMap<>();
    /** Ids of actors merged into another (as by mergeActors): they answer as that one, with redirectedFrom. */
    static final Map<String, String> MERGED_INTO = Map.of("10", "1");

    private static final List<Map<String, Object>> MEMBERSHIPS = new ArrayList<>();
    private static final List<Map<String, Object>> POSITIONS = new ArrayList<>();
    private static final List<Map<String, Object>> EVENTS = new ArrayList<>();
    private static final List<Map<String, Object>> STATEMENTS = new ArrayList<>();
    private static final List<Map<String, Object>> ACTOR_CHANGES = new ArrayList<>();
    private static final List<Map<String, Object>> EVENT_CHANGES = new ArrayList<>();

    static {
        actor("1", "iran", "Iran", "STATE", null);
        actor("2", "csto", "Collective Security Treaty Organization", "INTERNATIONAL_ORGANIZATION", null);
        actor("3", "russia", "Russia", "STATE", null);
        actor("4", "sco", "Shanghai Cooperation Organisation", "INTERNATIONAL_ORGANIZATION", null);
        actor("5", "state-duma", "State Duma", "LEGISLATURE", "3");
        actor("6", "duma-defence-committee", "State Duma Defence Committee", "GOVERNMENT_BODY", "5");
        actor("7", "andrei-kartapolov", "Andrei Kartapolov", "PERSON", null);
        actor("8", "armenia", "Armenia", "STATE", null);
        actor("9", "tass", "TASS", "MEDIA", null);
        membership("11", "3", "2", "MEMBER", "2002", null, "31");
        membership("12", "8", "2", "MEMBER", "2002", null, "31");
        membership("13", "1", "4", "OBSERVER", "2005", "2023-07", "32");
        membership("14", "1", "4", "MEMBER", "2023-07", null, "32");
        membership("15", "3", "4", "FOUNDING_MEMBER", "2001", null, "32");
        POSITIONS.add(fact("21", "holder", "7", "6", "title", "Chairman", "2021-10", null, "33"));
        EVENTS.add(event(
                "101",
                "MEETING",
                "CSTO Parliamentary Assembly meets an Iranian delegation",
                "2023-11-20",
                null,
                List.of(
                        participation("2", "HOST"),
                        participation("1", "PARTICIPANT"),
                        participation("7", "PARTICIPANT")),
                "33"));
        EVENTS.add(event(
                "102",
                "JOINT_EXERCISE",
                "Joint naval exercise",
                "2025-09",
                "2025-10",
                List.of(participation("3", "HOST"), participation("1", "PARTICIPANT")),
                "34"));
        STATEMENTS.add(statement(
                "201",
                "QUOTE",
                "Iran could become an observer in the CSTO.",
                "2024-05",
                "7",
                "Chairman of the State Duma Defence Committee",
                List.of("1", "2"),
                "33"));
        STATEMENTS.add(statement(
                "202",
                "ASSESSMENT",
                "Tehran's interest in the CSTO is mostly symbolic.",
                null,
                null,
                null,
                List.of("1"),
                "34"));
    }

    /**
     * The changes each subgraph recorded of Iran's (1) and Russia's (3) facts, by id within the
     * subgraph; one time is in both, as two transactions of the two services may begin at once.
     */
    static {
        change(ACTOR_CHANGES, 1, "1", "2026-01-01T10:00:00.000000Z", "createActor", "ACTOR", "1");
        change(ACTOR_CHANGES, 2, "3", "2026-01-01T11:00:00.000000Z", "createActor", "ACTOR", "3");
        change(ACTOR_CHANGES, 3, "1", "2026-01-03T10:00:00.000000Z", "addMembership", "MEMBERSHIP", "13");
        change(ACTOR_CHANGES, 4, "1", "2026-01-05T10:00:00.000000Z", "updateActor", "ACTOR", "1");
        change(EVENT_CHANGES, 1, "1", "2026-01-02T10:00:00.000000Z", "recordEvent", "EVENT", "101");
        change(EVENT_CHANGES, 2, "1", "2026-01-04T10:00:00.000000Z", "recordStatement", "STATEMENT", "202");
        change(EVENT_CHANGES, 3, "1", "2026-01-05T10:00:00.000000Z", "deleteStatement", "STATEMENT", "202");
        change(EVENT_CHANGES, 4, "3", "2026-01-06T10:00:00.000000Z", "recordEvent", "EVENT", "102");
    }

    World() {
        actors = new FixtureServer(
                "world-actors",
                List.of("Actor"),
                w -> w.scalar(PartialDateScalar.TYPE)
                        .type(
                                "Query",
                                t -> t.dataFetcher("actor", env -> lookUp(env.getArgument("id")))
                                        .dataFetcher(
                                                "_entities",
                                                env -> representations(env.getArgument("representations")).stream()
                                                        .map(rep -> lookUp((String) rep.get("id")))
                                                        .toList()))
                        .type(
                                "Actor",
                                t -> t.dataFetcher("actorChanges", env -> changes(ACTOR_CHANGES, env))
                                        .dataFetcher(
                                                "parent",
                                                env -> ACTORS.get(
                                                        (String) ((Map<?, ?>) env.getSource()).get("parentId")))
                                        .dataFetcher(
                                                "children",
                                                env -> ACTORS.values().stream()
                                                        .filter(a -> idOf(env.getSource())
                                                                .equals(a.get("parentId")))
                                                        .toList())
                                        .dataFetcher(
                                                "memberships",
                                                env -> inForce(
                                                        MEMBERSHIPS,
                                                        "holder",
                                                        idOf(env.getSource()),
                                                        env.getArgument("asOf")))
                                        .dataFetcher(
                                                "members",
                                                env -> inForce(
                                                        MEMBERSHIPS,
                                                        "organization",
                                                        idOf(env.getSource()),
                                                        env.getArgument("asOf")))
                                        .dataFetcher(
                                                "positions",
                                                env -> inForce(
                                                        POSITIONS,
                                                        "holder",
                                                        idOf(env.getSource()),
                                                        env.getArgument("asOf")))
                                        .dataFetcher("linkKeys", World::linkKeys)
                                        .dataFetcher(
                                                "officeHolders",
                                                env -> inForce(
                                                        POSITIONS,
                                                        "organization",
                                                        idOf(env.getSource()),
                                                        env.getArgument("asOf"))))
                        .type(
                                "Membership",
                                t -> t.dataFetcher(
                                                "member",
                                                env -> ACTORS.get((String) ((Map<?, ?>) env.getSource()).get("holder")))
                                        .dataFetcher(
                                                "organization",
                                                env -> ACTORS.get(
                                                        (String) ((Map<?, ?>) env.getSource()).get("organization"))))
                        .type(
                                "Position",
                                t -> t.dataFetcher(
                                                "holder",
                                                env -> ACTORS.get((String) ((Map<?, ?>) env.getSource()).get("holder")))
                                        .dataFetcher(
                                                "organization",
                                                env -> ACTORS.get(
                                                        (String) ((Map<?, ?>) env.getSource()).get("organization")))));
        events = new FixtureServer(
                "world-events",
                List.of("Actor", "Event", "Statement", "Source"),
                w -> w.scalar(PartialDateScalar.TYPE)
                        .type(
                                "Query",
                                t -> t.dataFetcher("event", env -> byId(EVENTS, env.getArgument("id")))
                                        .dataFetcher(
                                                "_entities",
                                                env -> representations(env.getArgument("representations")).stream()
                                                        .map(rep -> switch ((String) rep.get("__typename")) {
                                                            case "Actor" ->
                                                                Map.of("__typename", "Actor", "id", rep.get("id"));
                                                            case "Event" -> byId(EVENTS, rep.get("id"));
                                                            case "Statement" -> byId(STATEMENTS, rep.get("id"));
                                                            case "Source" ->
                                                                Map.of(
                                                                        "__typename",
                                                                        "Source",
                                                                        "id",
                                                                        rep.get("id"),
                                                                        "title",
                                                                        "Source " + rep.get("id"));
                                                            default -> null;
                                                        })
                                                        .toList()))
                        .type(
                                "Actor",
                                t -> t.dataFetcher("eventChanges", env -> changes(EVENT_CHANGES, env))
                                        .dataFetcher(
                                                "events", env -> page(EVENTS, eventsOf(env), env.getArgument("first")))
                                        .dataFetcher(
                                                "statements",
                                                env -> page(
                                                        STATEMENTS,
                                                        spokenBy(idOf(env.getSource())),
                                                        env.getArgument("first")))
                                        .dataFetcher(
                                                "statementsAbout",
                                                env -> page(
                                                        STATEMENTS,
                                                        about(idOf(env.getSource())),
                                                        env.getArgument("first")))
                                        .dataFetcher("linkKeysOfEvents", World::linkKeysOfEvents)));
    }

    /** The keys actors-service's Actor.linkKeys gives: memberships and positions in force, parent, children. */
    private static String linkKeys(graphql.schema.DataFetchingEnvironment env) {
        String id = idOf(env.getSource());
        Object asOf = env.getArgument("asOf");
        List<String> keys = new ArrayList<>();
        for (String side : List.of("holder", "organization")) {
            inForce(MEMBERSHIPS, side, id, asOf)
                    .forEach(m -> keys.add(
                            "MEMBERSHIP:" + m.get("id") + ":" + m.get("holder") + ":" + m.get("organization")));
            inForce(POSITIONS, side, id, asOf)
                    .forEach(p ->
                            keys.add("POSITION:" + p.get("id") + ":" + p.get("holder") + ":" + p.get("organization")));
        }
        Object parent = ((Map<?, ?>) env.getSource()).get("parentId");
        if (parent != null) {
            keys.add("PARENT:" + id + ":" + parent);
        }
        ACTORS.values().stream()
                .filter(a -> id.equals(a.get("parentId")))
                .forEach(child -> keys.add("PARENT:" + child.get("id") + ":" + id));
        return String.join(" ", among(id, keys, env.getArgument("among")));
    }

    /** The keys whose other actor is one of {@code among}, as both services filter them; all without. */
    private static List<String> among(String id, List<String> keys, List<String> among) {
        if (among == null) {
            return keys;
        }
        return keys.stream()
                .filter(key -> {
                    String[] parts = key.split(":");
                    List<String> ends = switch (parts[0]) {
                        case "EVENT" -> List.of(parts[2], parts[4]);
                        case "PARENT" -> List.of(parts[1], parts[2]);
                        default -> List.of(parts[2], parts[3]);
                    };
                    return among.contains(ends.get(0).equals(id) ? ends.get(1) : ends.get(0));
                })
                .toList();
    }

    /** The keys events-service's Actor.linkKeysOfEvents gives, of the same events and statements as its lists. */
    private static Map<String, Object> linkKeysOfEvents(graphql.schema.DataFetchingEnvironment env) {
        String id = idOf(env.getSource());
        Integer first = env.getArgument("first");
        List<String> keys = new ArrayList<>();
        List<Map<String, Object>> events = EVENTS.stream().filter(eventsOf(env)).toList();
        for (Map<String, Object> event : events.stream().limit(first).toList()) {
            List<Map<?, ?>> participants = ((List<?>) event.get("participants"))
                    .stream().<Map<?, ?>>map(p -> (Map<?, ?>) p).toList();
            for (Map<?, ?> mine : participants) {
                for (Map<?, ?> theirs : participants) {
                    if (id.equals(idOf(mine.get("actor"))) && !id.equals(idOf(theirs.get("actor")))) {
                        keys.add(String.join(
                                ":",
                                "EVENT",
                                (String) event.get("id"),
                                id,
                                (String) mine.get("role"),
                                idOf(theirs.get("actor")),
                                (String) theirs.get("role")));
                    }
                }
            }
        }
        List<Map<String, Object>> spoken =
                STATEMENTS.stream().filter(spokenBy(id)).toList();
        List<Map<String, Object>> aboutIt =
                STATEMENTS.stream().filter(about(id)).toList();
        java.util.Set<Map<String, Object>> statements =
                new java.util.LinkedHashSet<>(spoken.stream().limit(first).toList());
        statements.addAll(aboutIt.stream().limit(first).toList());
        for (Map<String, Object> statement : statements) {
            if (statement.get("speaker") == null) {
                continue;
            }
            String speaker = idOf(statement.get("speaker"));
            for (Object subject : (List<?>) statement.get("about")) {
                String subjectId = idOf(subject);
                if (!subjectId.equals(speaker) && (id.equals(speaker) || id.equals(subjectId))) {
                    keys.add(String.join(
                            ":",
                            "STATEMENT",
                            (String) statement.get("id"),
                            speaker,
                            subjectId,
                            statement.get("date") == null ? "" : (String) statement.get("date")));
                }
            }
        }
        boolean truncated = events.size() > first || spoken.size() > first || aboutIt.size() > first;
        return Map.of("keys", String.join(" ", among(id, keys, env.getArgument("among"))), "truncated", truncated);
    }

    /** The events of the actor an events field is asked on, within its from and to, as Actor.events filters them. */
    private static Predicate<Map<String, Object>> eventsOf(graphql.schema.DataFetchingEnvironment env) {
        String id = idOf(env.getSource());
        PartialDate from = PartialDate.parseNullable(env.getArgument("from"));
        PartialDate to = PartialDate.parseNullable(env.getArgument("to"));
        return e ->
                ((List<?>) e.get("participants")).stream().anyMatch(p -> id.equals(idOf(((Map<?, ?>) p).get("actor"))))
                        && new Interval(PartialDate.parse((String) e.get("date")), PartialDate.parse((String)
                                        e.get(e.get("endDate") == null ? "date" : "endDate")))
                                .overlaps(new Interval(from, to));
    }

    private static Predicate<Map<String, Object>> spokenBy(String actor) {
        return s -> s.get("speaker") != null && actor.equals(idOf(s.get("speaker")));
    }

    private static Predicate<Map<String, Object>> about(String actor) {
        return s -> ((List<?>) s.get("about")).stream().anyMatch(a -> actor.equals(idOf(a)));
    }

    Map<String, String> urls() {
        return Map.of("actors", actors.url(), "events", events.url());
    }

    void reset() {
        actors.reset();
        events.reset();
    }

    @Override
    public void close() {
        actors.close();
        events.close();
    }

    /** The actor that answers for this id, like actors-service: a merged one's redirected. */
    private static Map<String, Object> lookUp(String id) {
        String kept = MERGED_INTO.get(id);
        if (kept == null) {
            return ACTORS.get(id);
        }
        Map<String, Object> redirected = new LinkedHashMap<>(ACTORS.get(kept));
        redirected.put("redirectedFrom", id);
        return redirected;
    }

    private static void change(
            List<Map<String, Object>> log,
            long id,
            String actor,
            String at,
            String mutation,
            String type,
            String entity) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("id", String.valueOf(id));
        change.put("actor", actor);
        change.put("at", at);
        change.put("mutation", mutation);
        change.put("entityType", type);
        change.put("entityId", entity);
        change.put("after", "{}");
        log.add(change);
    }

    /** A page of the actor's changes, newest first, after the cursor {@code c<id>}, as the services page them. */
    private static Map<String, Object> changes(
            List<Map<String, Object>> log, graphql.schema.DataFetchingEnvironment env) {
        String actor = idOf(env.getSource());
        String after = env.getArgument("after");
        long below = after == null ? Long.MAX_VALUE : Long.parseLong(after.substring(1));
        Integer first = env.getArgument("first");
        int size = first == null ? 20 : first;
        List<Map<String, Object>> mine = log.stream()
                .filter(c -> actor.equals(c.get("actor")) && Long.parseLong((String) c.get("id")) < below)
                .sorted((a, b) ->
                        Long.compare(Long.parseLong((String) b.get("id")), Long.parseLong((String) a.get("id"))))
                .toList();
        List<Map<String, Object>> edges = mine.stream()
                .limit(size)
                .map(c -> Map.<String, Object>of("cursor", "c" + c.get("id"), "node", c))
                .toList();
        return Map.of("edges", edges, "pageInfo", Map.of("hasNextPage", mine.size() > size));
    }

    private static void actor(String id, String handle, String name, String kind, String parentId) {
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("__typename", "Actor");
        actor.put("id", id);
        actor.put("handle", handle);
        actor.put("name", name);
        actor.put("kind", kind);
        actor.put("parentId", parentId);
        ACTORS.put(id, actor);
    }

    private static void membership(
            String id, String member, String organization, String role, String since, String until, String source) {
        MEMBERSHIPS.add(fact(id, "holder", member, organization, "role", role, since, until, source));
    }

    private static Map<String, Object> fact(
            String id,
            String holderKey,
            String holder,
            String organization,
            String roleKey,
            String role,
            String since,
            String until,
            String source) {
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("id", id);
        fact.put(holderKey, holder);
        fact.put("organization", organization);
        fact.put(roleKey, role);
        fact.put("since", since);
        fact.put("until", until);
        fact.put("sources", List.of(Map.of("__typename", "Source", "id", source)));
        return fact;
    }

    private static Map<String, Object> participation(String actor, String role) {
        return Map.of("actor", Map.of("__typename", "Actor", "id", actor), "role", role);
    }

    private static Map<String, Object> event(
            String id,
            String type,
            String title,
            String date,
            String endDate,
            List<Map<String, Object>> participants,
            String source) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("__typename", "Event");
        event.put("id", id);
        event.put("type", type);
        event.put("title", title);
        event.put("date", date);
        event.put("endDate", endDate);
        event.put("participants", participants);
        event.put("sources", List.of(Map.of("__typename", "Source", "id", source)));
        return event;
    }

    private static Map<String, Object> statement(
            String id,
            String kind,
            String text,
            String date,
            String speaker,
            String capacity,
            List<String> about,
            String source) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("__typename", "Statement");
        statement.put("id", id);
        statement.put("kind", kind);
        statement.put("text", text);
        statement.put("date", date);
        statement.put("speaker", speaker == null ? null : Map.of("__typename", "Actor", "id", speaker));
        statement.put("speakerCapacity", capacity);
        statement.put(
                "about",
                about.stream().map(a -> Map.of("__typename", "Actor", "id", a)).toList());
        statement.put("source", Map.of("__typename", "Source", "id", source));
        return statement;
    }

    private static List<Map<String, Object>> inForce(
            List<Map<String, Object>> facts, String side, String actor, Object asOf) {
        PartialDate at = PartialDate.parseNullable((String) asOf);
        return facts.stream()
                .filter(f -> actor.equals(f.get(side))
                        && new Interval(
                                        PartialDate.parseNullable((String) f.get("since")),
                                        PartialDate.parseNullable((String) f.get("until")))
                                .inForceAt(at))
                .toList();
    }

    /** A Relay page of the first {@code first} matches, with the total. */
    private static Map<String, Object> page(
            List<Map<String, Object>> all, Predicate<Map<String, Object>> filter, Integer first) {
        List<Map<String, Object>> matching = all.stream().filter(filter).toList();
        List<Map<String, Object>> edges = matching.stream()
                .limit(first == null ? 20 : first)
                .map(node -> Map.<String, Object>of("cursor", node.get("id"), "node", node))
                .toList();
        return Map.of(
                "edges",
                edges,
                "totalCount",
                matching.size(),
                "pageInfo",
                Map.of("hasNextPage", edges.size() < matching.size()));
    }

    private static Map<String, Object> byId(List<Map<String, Object>> all, Object id) {
        return all.stream().filter(m -> m.get("id").equals(id)).findFirst().orElse(null);
    }

    private static String idOf(Object source) {
        return (String) ((Map<?, ?>) source).get("id");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> representations(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
