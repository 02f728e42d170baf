package org.entente.relations;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.dates.PartialDate;
import org.entente.gateway.plugin.FederatedGraph;
import org.entente.gateway.plugin.GraphQLResponse;
import org.entente.gateway.plugin.SubgraphRequest;

/**
 * Completes the links a search found (kind, id, actors: {@link LinkKeys}) with what the answer
 * shows of their facts: label, roles, interval, date, event or statement, sources. Only the links
 * of the answer are read, by the ids of their facts: memberships and positions from their member's
 * or holder's side (an actor has few of them there, where an organization may have thousands on
 * its side), events and statements by id. {@link #IDS_PER_OPERATION} of each per operation.
 */
final class LinkDetails {

    /** Ids of each kind per operation: the most {@code actorsByIds}, {@code eventsByIds} and {@code statementsByIds} take. */
    static final int IDS_PER_OPERATION = RelationLimits.MAX_IDS;

    /** The details with the facts' sources, for answers that show a link's {@code sources}. */
    static final String WITH_SOURCES = document(true);

    /**
     * The details without sources: an event's or a membership's sources are a list the subgraph
     * builds element by element, so a search whose client does not select them does not ask.
     */
    static final String WITHOUT_SOURCES = document(false);

    private static String document(boolean sources) {
        String list = sources ? " sources { id }" : "";
        return """
                query RelationLinkDetails($actors: [ID!]!, $events: [ID!]!, $statements: [ID!]!, $asOf: PartialDate) {
                  actorsByIds(ids: $actors) {
                    id
                    memberships(asOf: $asOf) { id role since until%s }
                    positions(asOf: $asOf) { id title since until%s }
                  }
                  eventsByIds(ids: $events) { id title date%s }
                  statementsByIds(ids: $statements) { id text date speakerCapacity%s }
                }
                """.formatted(list, list, list, sources ? " source { id }" : "");
    }

    private final FederatedGraph graph;

    LinkDetails(FederatedGraph graph) {
        this.graph = graph;
    }

    /**
     * The links, completed, by id, their sources read only {@code withSources} (else empty). A link
     * whose fact could not be found any more (deleted since the search read its key) is left out.
     */
    Future<Map<String, Link>> of(
            Collection<Link> links, PartialDate asOf, boolean withSources, SubgraphRequest origin) {
        Set<String> actors = new LinkedHashSet<>();
        Set<String> events = new LinkedHashSet<>();
        Set<String> statements = new LinkedHashSet<>();
        for (Link link : links) {
            switch (link.kind()) {
                case MEMBERSHIP, POSITION -> actors.add(link.from().id());
                case EVENT -> events.add(LinkKeys.factId(link));
                case STATEMENT -> statements.add(LinkKeys.factId(link));
                case PARENT -> {}
            }
        }
        Map<String, Map<?, ?>> facts = new HashMap<>();
        List<Map<String, Object>> operations =
                operations(List.copyOf(actors), List.copyOf(events), List.copyOf(statements), asOf);
        String document = withSources ? WITH_SOURCES : WITHOUT_SOURCES;
        Future<Void> done = Future.succeededFuture();
        for (Map<String, Object> variables : operations) {
            done = done.compose(previous -> graph.query(document, variables, origin.authorization(), origin.deadline())
                    .recover(GraphReads::failed)
                    .map(response -> {
                        read(response, facts);
                        return null;
                    }));
        }
        return done.map(none -> complete(links, facts));
    }

    /** The variables of each operation: up to {@link #IDS_PER_OPERATION} ids of each kind. */
    private static List<Map<String, Object>> operations(
            List<String> actors, List<String> events, List<String> statements, PartialDate asOf) {
        List<Map<String, Object>> operations = new ArrayList<>();
        int longest = Math.max(actors.size(), Math.max(events.size(), statements.size()));
        for (int start = 0; start < longest; start += IDS_PER_OPERATION) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("actors", slice(actors, start));
            variables.put("events", slice(events, start));
            variables.put("statements", slice(statements, start));
            variables.put("asOf", asOf == null ? null : asOf.toString());
            operations.add(variables);
        }
        return operations;
    }

    private static List<String> slice(List<String> ids, int start) {
        return ids.subList(Math.min(start, ids.size()), Math.min(start + IDS_PER_OPERATION, ids.size()));
    }

    /** Adds the facts of an answer, by kind and id ({@code MEMBERSHIP:12}, {@code EVENT:7}). */
    private static void read(GraphQLResponse response, Map<String, Map<?, ?>> facts) {
        GraphReads.failOnErrors(response.errors(), response.data());
        for (Object entry : GraphReads.entries(response.data(), "actorsByIds")) {
            if (entry instanceof Map<?, ?> actor) {
                AnswerValues.objects(actor.get("memberships")).forEach(m -> facts.put("MEMBERSHIP:" + m.get("id"), m));
                AnswerValues.objects(actor.get("positions")).forEach(p -> facts.put("POSITION:" + p.get("id"), p));
            }
        }
        AnswerValues.objects(GraphReads.entries(response.data(), "eventsByIds"))
                .forEach(e -> facts.put("EVENT:" + e.get("id"), e));
        AnswerValues.objects(GraphReads.entries(response.data(), "statementsByIds"))
                .forEach(s -> facts.put("STATEMENT:" + s.get("id"), s));
    }

    private static Map<String, Link> complete(Collection<Link> links, Map<String, Map<?, ?>> facts) {
        Map<String, Link> complete = new LinkedHashMap<>();
        for (Link link : links) {
            Link full = link.kind() == LinkKind.PARENT
                    ? parent(link)
                    : with(link, facts.get(link.kind() + ":" + LinkKeys.factId(link)));
            if (full != null) {
                complete.put(full.id(), full);
            }
        }
        return complete;
    }

    private static Link parent(Link link) {
        return new Link(
                link.id(),
                link.kind(),
                link.from(),
                link.to(),
                "part of",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    /** The link with its fact's details; null when the fact is gone. */
    private static Link with(Link link, Map<?, ?> fact) {
        if (fact == null) {
            return null;
        }
        return switch (link.kind()) {
            case MEMBERSHIP -> tie(link, fact, Labels.words((String) fact.get("role")), (String) fact.get("role"));
            case POSITION -> tie(link, fact, (String) fact.get("title"), (String) fact.get("title"));
            case EVENT ->
                new Link(
                        link.id(),
                        link.kind(),
                        link.from(),
                        link.to(),
                        (String) fact.get("title"),
                        link.fromRole(),
                        link.toRole(),
                        null,
                        null,
                        AnswerValues.date(fact.get("date")),
                        new Ref((String) fact.get("id")),
                        null,
                        refs(fact.get("sources")));
            case STATEMENT ->
                new Link(
                        link.id(),
                        link.kind(),
                        link.from(),
                        link.to(),
                        Labels.shorten((String) fact.get("text"), Labels.LINK_LABEL_LENGTH),
                        (String) fact.get("speakerCapacity"),
                        null,
                        null,
                        null,
                        AnswerValues.date(fact.get("date")),
                        null,
                        new Ref((String) fact.get("id")),
                        fact.get("source") instanceof Map<?, ?> source
                                ? List.of(new Ref((String) source.get("id")))
                                : List.of());
            case PARENT -> parent(link);
        };
    }

    /** A membership or position: its role or title, with its interval when known. */
    private static Link tie(Link link, Map<?, ?> fact, String caption, String role) {
        PartialDate since = AnswerValues.date(fact.get("since"));
        PartialDate until = AnswerValues.date(fact.get("until"));
        String interval = Labels.interval(since, until);
        return new Link(
                link.id(),
                link.kind(),
                link.from(),
                link.to(),
                interval == null ? caption : caption + ", " + interval,
                role,
                null,
                since,
                until,
                null,
                null,
                null,
                refs(fact.get("sources")));
    }

    private static List<Ref> refs(Object entities) {
        return AnswerValues.objects(entities).stream()
                .map(e -> new Ref((String) e.get("id")))
                .toList();
    }
}
