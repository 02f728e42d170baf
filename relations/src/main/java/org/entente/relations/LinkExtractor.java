package org.entente.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.dates.PartialDate;
import org.entente.relations.ActorFacts.EventFact;
import org.entente.relations.ActorFacts.Participant;
import org.entente.relations.ActorFacts.StatementFact;
import org.entente.relations.ActorFacts.Tie;

/**
 * Turns an actor's facts into the typed links that touch it. Memberships, positions and events
 * arrive already restricted to {@code asOf} by the subgraphs (their {@code asOf} and {@code to}
 * arguments); statements cannot be, so those dated after {@code asOf} are dropped here.
 */
final class LinkExtractor {

    static final int LABEL_LENGTH = 120;

    private LinkExtractor() {}

    /** The links of one actor, each once, in a stable order. */
    static List<Link> links(ActorFacts facts, PartialDate asOf) {
        Map<String, Link> links = new LinkedHashMap<>();
        for (Tie t : concat(facts.memberships(), facts.members())) {
            add(links, tie(LinkKind.MEMBERSHIP, t, Labels.words(t.role())));
        }
        for (Tie t : concat(facts.positions(), facts.officeHolders())) {
            add(links, tie(LinkKind.POSITION, t, t.role()));
        }
        if (facts.parentId() != null) {
            add(links, parent(facts.id(), facts.parentId()));
        }
        facts.childIds().forEach(child -> add(links, parent(child, facts.id())));
        for (EventFact e : facts.events()) {
            eventLinks(facts.id(), e).forEach(l -> add(links, l));
        }
        for (StatementFact s : concat(facts.statements(), facts.statementsAbout())) {
            if (s.date() == null || asOf == null || s.date().beginsBy(asOf)) {
                statementLinks(s).stream()
                        .filter(l ->
                                l.from().id().equals(facts.id()) || l.to().id().equals(facts.id()))
                        .forEach(l -> add(links, l));
            }
        }
        return List.copyOf(links.values());
    }

    private static Link tie(LinkKind kind, Tie t, String caption) {
        String interval = Labels.interval(t.since(), t.until());
        return new Link(
                kind + ":" + t.id(),
                kind,
                new Ref(t.holderId()),
                new Ref(t.organizationId()),
                interval == null ? caption : caption + ", " + interval,
                t.role(),
                null,
                t.since(),
                t.until(),
                null,
                null,
                null,
                refs(t.sourceIds()));
    }

    private static Link parent(String part, String whole) {
        return new Link(
                LinkKind.PARENT + ":" + part,
                LinkKind.PARENT,
                new Ref(part),
                new Ref(whole),
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

    /** One link between the actor and each other participation (an actor may take part in several roles). */
    private static List<Link> eventLinks(String actorId, EventFact e) {
        List<Link> result = new ArrayList<>();
        for (Participant mine : e.participants()) {
            if (!mine.actorId().equals(actorId)) {
                continue;
            }
            for (Participant theirs : e.participants()) {
                if (theirs.actorId().equals(actorId)) {
                    continue;
                }
                boolean mineFirst = Ids.compare(mine.actorId(), theirs.actorId()) < 0;
                Participant first = mineFirst ? mine : theirs;
                Participant second = mineFirst ? theirs : mine;
                result.add(new Link(
                        String.join(
                                ":",
                                LinkKind.EVENT.name(),
                                e.id(),
                                first.actorId(),
                                first.role(),
                                second.actorId(),
                                second.role()),
                        LinkKind.EVENT,
                        new Ref(first.actorId()),
                        new Ref(second.actorId()),
                        e.title(),
                        first.role(),
                        second.role(),
                        null,
                        null,
                        e.date(),
                        new Ref(e.id()),
                        null,
                        refs(e.sourceIds())));
            }
        }
        return result;
    }

    /** Speaker → each subject other than the speaker; none for an unattributed statement. */
    private static List<Link> statementLinks(StatementFact s) {
        List<Link> result = new ArrayList<>();
        if (s.speakerId() == null) {
            return result;
        }
        for (String subject : s.aboutIds()) {
            if (!subject.equals(s.speakerId())) {
                result.add(new Link(
                        String.join(":", LinkKind.STATEMENT.name(), s.id(), subject),
                        LinkKind.STATEMENT,
                        new Ref(s.speakerId()),
                        new Ref(subject),
                        Labels.shorten(s.text(), LABEL_LENGTH),
                        s.speakerCapacity(),
                        null,
                        null,
                        null,
                        s.date(),
                        null,
                        new Ref(s.id()),
                        s.sourceId() == null ? List.of() : List.of(new Ref(s.sourceId()))));
            }
        }
        return result;
    }

    private static void add(Map<String, Link> links, Link link) {
        links.putIfAbsent(link.id(), link);
    }

    private static List<Ref> refs(List<String> ids) {
        return ids.stream().map(Ref::new).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
