package org.entente.cli.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.subgraph.testing.HostileRequests.Operation;

/**
 * The operations {@link HostileInputIT} spoils, per endpoint: reads with every kind of argument
 * (ids, handles, searches, page sizes, cursors, dates), and writes that must be refused however
 * one part of them is spoiled. Each write sent with the editor token is invalid in at least two
 * independent ways (unknown ids, malformed dates, empty text, unknown enum values), since a
 * spoiler changes one variable or one member at a time; a valid write is sent only with a token
 * the services must refuse.
 */
final class HostileSamples {
    private static final String UNKNOWN = "999999999";
    private static final String OTHER_UNKNOWN = "999999998";

    private final Map<String, String> editor;
    private final List<Map<String, String>> refused;

    /**
     * @param editorToken a token the services accept for writes
     * @param refusedTokens tokens they must refuse (see {@link RefusedTokens})
     */
    HostileSamples(String editorToken, List<String> refusedTokens) {
        this.editor = bearer(editorToken);
        this.refused = refusedTokens.stream().map(HostileSamples::bearer).toList();
    }

    List<Operation> gateway() {
        List<Operation> all = new ArrayList<>(actors());
        all.addAll(events());
        all.add(new Operation(
                "query($id: ID!, $first: Int, $after: String) { actor(id: $id) { name"
                        + " statementsAbout(first: $first, after: $after) { totalCount edges { cursor node { text"
                        + " speaker { name memberships { organization { name } } } } } } } }",
                vars("id", "1", "first", 5, "after", null)));
        all.add(new Operation(
                "query($from: ID!, $to: ID!, $hops: Int, $asOf: PartialDate) {"
                        + " connections(from: $from, to: $to, maxHops: $hops, asOf: $asOf) { hops { links { id label } } } }",
                vars("from", "1", "to", "2", "hops", 2, "asOf", "2020")));
        all.add(new Operation(
                "query($actor: ID!, $depth: Int, $asOf: PartialDate) {"
                        + " network(actor: $actor, depth: $depth, asOf: $asOf) { actors { name } links { kind } } }",
                vars("actor", "1", "depth", 1, "asOf", null)));
        all.add(new Operation(
                "query($actor: ID!, $from: PartialDate, $to: PartialDate) {"
                        + " timeline(actor: $actor, from: $from, to: $to) { date title } }",
                vars("actor", "1", "from", "2000", "to", "2024-06")));
        all.add(new Operation(
                "query($ids: [ID!]!) { actorsByIds(ids: $ids) { name statements(first: 2) { totalCount } } }",
                vars("ids", List.of("1", "2", UNKNOWN))));
        return all;
    }

    List<Operation> actors() {
        List<Operation> all = new ArrayList<>();
        all.add(new Operation(
                "query($handle: String) { actor(handle: $handle) { id name aliases version"
                        + " memberships { role since until organization { handle } } } }",
                vars("handle", "iran")));
        all.add(new Operation(
                "query($search: String, $first: Int, $after: String, $kinds: [ActorKind]) {"
                        + " actors(search: $search, first: $first, after: $after, kinds: $kinds) {"
                        + " totalCount pageInfo { endCursor } edges { cursor node { handle kind } } } }",
                vars("search", "Iran", "first", 10, "after", null, "kinds", List.of("STATE"))));
        all.add(new Operation(
                "query($id: ID, $asOf: PartialDate) { actor(id: $id) {"
                        + " positions(asOf: $asOf) { title since organization { name } }"
                        + " members(asOf: $asOf) { member { name } } } }",
                vars("id", "1", "asOf", "2015-06")));
        writes(all, actorWrites());
        all.addAll(refusedOnly(
                "mutation($input: ActorInput!) { createActor(input: $input) { id } }",
                vars("input", vars("handle", "refused-token-probe", "kind", "PERSON", "name", "Probe"))));
        return all;
    }

    List<Operation> events() {
        List<Operation> all = new ArrayList<>();
        all.add(new Operation(
                "query($search: String, $first: Int, $after: String, $from: PartialDate, $to: PartialDate,"
                        + " $order: ListOrder) { events(search: $search, first: $first, after: $after, from: $from,"
                        + " to: $to, order: $order) { totalCount edges { cursor node { id title date version } } } }",
                vars(
                        "search",
                        "observer",
                        "first",
                        5,
                        "after",
                        null,
                        "from",
                        "2000",
                        "to",
                        "2024",
                        "order",
                        "NEWEST_FIRST")));
        all.add(new Operation(
                "query($about: ID, $speaker: ID, $first: Int, $after: String) {"
                        + " statements(about: $about, speaker: $speaker, first: $first, after: $after) {"
                        + " totalCount edges { cursor node { text date stance } } } }",
                vars("about", "1", "speaker", null, "first", 3, "after", null)));
        all.add(new Operation(
                "query($id: ID!) { event(id: $id) { title participants { role } sources { url } } }", vars("id", "1")));
        all.add(new Operation("query($id: ID!) { source(id: $id) { title url publishedAt } }", vars("id", "1")));
        writes(all, eventWrites());
        all.addAll(refusedOnly(
                "mutation($input: SourceInput!) { addSource(input: $input) { id } }",
                vars("input", vars("title", "Refused-token probe", "url", "https://example.org/refused-probe"))));
        return all;
    }

    private static List<Operation> actorWrites() {
        Map<String, Object> actor = vars(
                "handle", "no spaces allowed!",
                "kind", "NOT_A_KIND",
                "name", "",
                "countryCode", "ZZZZ",
                "parentId", UNKNOWN);
        return List.of(
                new Operation(
                        "mutation($input: ActorInput!) { createActor(input: $input) { id } }", vars("input", actor)),
                new Operation(
                        "mutation($id: ID!, $version: Int!, $input: ActorInput!) {"
                                + " updateActor(id: $id, version: $version, input: $input) { id version } }",
                        vars("id", UNKNOWN, "version", -1, "input", actor)),
                new Operation(
                        "mutation($id: ID!, $alias: String!) { addAlias(actorId: $id, alias: $alias) { aliases } }",
                        vars("id", UNKNOWN, "alias", "")),
                new Operation(
                        "mutation($id: ID!, $alias: String!) { removeAlias(actorId: $id, alias: $alias) { aliases } }",
                        vars("id", UNKNOWN, "alias", "Iran")),
                new Operation(
                        "mutation($input: MembershipInput!) { addMembership(input: $input) { id } }",
                        vars(
                                "input",
                                vars(
                                        "memberId",
                                        UNKNOWN,
                                        "organizationId",
                                        OTHER_UNKNOWN,
                                        "role",
                                        "MEMBER",
                                        "since",
                                        "2020-13",
                                        "until",
                                        "2019",
                                        "sourceIds",
                                        List.of()))),
                new Operation(
                        "mutation($input: PositionInput!) { addPosition(input: $input) { id } }",
                        vars(
                                "input",
                                vars(
                                        "holderId",
                                        UNKNOWN,
                                        "organizationId",
                                        OTHER_UNKNOWN,
                                        "title",
                                        "",
                                        "since",
                                        "2024-02-30",
                                        "sourceIds",
                                        List.of(UNKNOWN)))),
                new Operation(
                        "mutation($id: ID!, $until: PartialDate!) { endMembership(id: $id, until: $until) { id } }",
                        vars("id", UNKNOWN, "until", "2024-02-30")));
    }

    private static List<Operation> eventWrites() {
        Map<String, Object> event = vars(
                "title", "",
                "type", "NOT_A_TYPE",
                "date", "2024-02-30",
                "endDate", "-999999999-01-01",
                "participants", List.of(vars("actorId", UNKNOWN, "role", "TARGET")),
                "sourceIds", List.of(UNKNOWN));
        Map<String, Object> statement = vars(
                "kind",
                "NOT_A_KIND",
                "text",
                "",
                "speakerId",
                UNKNOWN,
                "date",
                "+999999999-12-31",
                "aboutIds",
                List.of(OTHER_UNKNOWN),
                "sourceId",
                UNKNOWN);
        return List.of(
                new Operation(
                        "mutation($input: EventInput!) { recordEvent(input: $input) { id } }", vars("input", event)),
                new Operation(
                        "mutation($id: ID!, $version: Int!, $input: EventInput!) {"
                                + " updateEvent(id: $id, version: $version, input: $input) { id } }",
                        vars("id", UNKNOWN, "version", 1, "input", event)),
                new Operation(
                        "mutation($event: ID!, $actor: ID!, $role: ParticipantRole!) {"
                                + " addParticipant(eventId: $event, actorId: $actor, role: $role) { id } }",
                        vars("event", UNKNOWN, "actor", OTHER_UNKNOWN, "role", "NOT_A_ROLE")),
                new Operation(
                        "mutation($event: ID!, $actor: ID!, $role: ParticipantRole!) {"
                                + " removeParticipant(eventId: $event, actorId: $actor, role: $role) { id } }",
                        vars("event", UNKNOWN, "actor", OTHER_UNKNOWN, "role", "TARGET")),
                new Operation(
                        "mutation($input: StatementInput!) { recordStatement(input: $input) { id } }",
                        vars("input", statement)),
                new Operation(
                        "mutation($id: ID!, $version: Int!, $input: StatementInput!) {"
                                + " updateStatement(id: $id, version: $version, input: $input) { id } }",
                        vars("id", UNKNOWN, "version", 1, "input", statement)),
                new Operation(
                        "mutation($input: SourceInput!) { addSource(input: $input) { id } }",
                        vars(
                                "input",
                                vars(
                                        "title", "",
                                        "url", "javascript:alert(1)",
                                        "publisherId", UNKNOWN,
                                        "publishedAt", "2024-02-30"))));
    }

    private void writes(List<Operation> into, List<Operation> writes) {
        for (Operation write : writes) {
            into.add(new Operation(write.query(), write.variables(), editor));
        }
    }

    /** A valid write, once with each of the tokens that must be refused. */
    private List<Operation> refusedOnly(String query, Map<String, Object> variables) {
        return refused.stream()
                .map(headers -> new Operation(query, variables, headers))
                .toList();
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    /** Variables in the given order; a null value is sent as JSON null. */
    private static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }
}
