package org.entente.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.relations.ActorFacts.EventFact;
import org.entente.relations.ActorFacts.Participant;
import org.entente.relations.ActorFacts.StatementFact;
import org.entente.relations.ActorFacts.Tie;

/** Reads one {@code actorsByIds} entry of {@link FactsQuery#DOCUMENT}'s answer into {@link ActorFacts}. */
final class FactsReader {

    private FactsReader() {}

    static ActorFacts read(Map<?, ?> actor) {
        String id = (String) actor.get("id");
        boolean[] truncated = {false};
        return new ActorFacts(
                id,
                ties(actor.get("memberships"), "member"),
                ties(actor.get("members"), "member"),
                ties(actor.get("positions"), "holder"),
                ties(actor.get("officeHolders"), "holder"),
                actor.get("parent") instanceof Map<?, ?> parent ? (String) parent.get("id") : null,
                AnswerValues.objects(actor.get("children")).stream()
                        .map(AnswerValues::idOf)
                        .toList(),
                nodes(actor.get("events"), truncated).stream()
                        .map(FactsReader::event)
                        .toList(),
                nodes(actor.get("statements"), truncated).stream()
                        .map(FactsReader::statement)
                        .toList(),
                nodes(actor.get("statementsAbout"), truncated).stream()
                        .map(FactsReader::statement)
                        .toList(),
                truncated[0]);
    }

    /** Memberships (holder field {@code member}, role {@code role}) or positions ({@code holder}, {@code title}). */
    private static List<Tie> ties(Object value, String holderField) {
        List<Tie> ties = new ArrayList<>();
        for (Map<?, ?> t : AnswerValues.objects(value)) {
            Map<?, ?> holder = (Map<?, ?>) t.get(holderField);
            Map<?, ?> organization = (Map<?, ?>) t.get("organization");
            String role = (String) (t.containsKey("role") ? t.get("role") : t.get("title"));
            ties.add(new Tie(
                    (String) t.get("id"),
                    (String) holder.get("id"),
                    (String) holder.get("name"),
                    (String) organization.get("id"),
                    (String) organization.get("name"),
                    role,
                    AnswerValues.date(t.get("since")),
                    AnswerValues.date(t.get("until")),
                    ids(t.get("sources"))));
        }
        return ties;
    }

    private static EventFact event(Map<?, ?> e) {
        List<Participant> participants = AnswerValues.objects(e.get("participants")).stream()
                .map(p -> new Participant(AnswerValues.idOf(p.get("actor")), (String) p.get("role")))
                .toList();
        return new EventFact(
                (String) e.get("id"),
                (String) e.get("title"),
                AnswerValues.date(e.get("date")),
                AnswerValues.date(e.get("endDate")),
                participants,
                ids(e.get("sources")));
    }

    private static StatementFact statement(Map<?, ?> s) {
        return new StatementFact(
                (String) s.get("id"),
                (String) s.get("text"),
                AnswerValues.date(s.get("date")),
                s.get("speaker") == null ? null : AnswerValues.idOf(s.get("speaker")),
                (String) s.get("speakerCapacity"),
                ids(s.get("about")),
                s.get("source") == null ? null : AnswerValues.idOf(s.get("source")));
    }

    /** The nodes of a Relay connection; notes when it has more than it returned. */
    private static List<Map<?, ?>> nodes(Object connection, boolean[] truncated) {
        if (!(connection instanceof Map<?, ?> c)) {
            return List.of();
        }
        List<Map<?, ?>> nodes = new ArrayList<>();
        AnswerValues.objects(c.get("edges")).forEach(edge -> nodes.add((Map<?, ?>) edge.get("node")));
        if (c.get("totalCount") instanceof Number total && total.intValue() > nodes.size()) {
            truncated[0] = true;
        }
        return nodes;
    }

    private static List<String> ids(Object value) {
        return AnswerValues.objects(value).stream().map(AnswerValues::idOf).toList();
    }
}
