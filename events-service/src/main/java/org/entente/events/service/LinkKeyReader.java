package org.entente.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.events.domain.EventFilter;
import org.entente.events.domain.LinkKeyPage;
import org.entente.events.domain.LinksAmong;
import org.entente.events.repository.ParticipantEntity;
import org.entente.events.repository.StatementEntity;
import org.entente.subgraph.input.ActorIdFilter;

/**
 * The links of a batch of actors through events and statements as compact keys, for graph
 * searches that need only who is linked to whom by which fact:
 * {@code EVENT:<event>:<actor>:<role>:<other actor>:<other role>} for every other participation
 * in each of the actor's events, and {@code STATEMENT:<statement>:<speaker>:<subject>:<date>}
 * (date empty when undated) for every subject other than the speaker of each statement the actor
 * made or that is about it, when the actor is the speaker or that subject. The events and
 * statements are the same, in the same order, as {@code Actor.events} and
 * {@code Actor.statements}/{@code statementsAbout} page them. Six statements for any number of
 * actors (three pages of ids, participants, speakers, subjects), three when only the links among
 * given actors are asked for; no event or statement is read as an entity.
 */
@ApplicationScoped
public class LinkKeyReader {

    @Inject
    EventReader events;

    @Inject
    StatementReader statements;

    /**
     * Every actor asked for gets a page; {@code first} events, statements and statements about each,
     * with the keys of only those links whose other actor {@code among} admits (null: all).
     */
    public Map<Long, LinkKeyPage> of(List<Long> actorIds, EventFilter filter, int first, ActorIdFilter among) {
        return among == null ? all(actorIds, filter, first) : among(actorIds, filter, first, among.ids());
    }

    /** Every link of the first facts of each actor: six statements. */
    private Map<Long, LinkKeyPage> all(List<Long> actorIds, EventFilter filter, int first) {
        Map<Long, List<Long>> eventIds = events.eventIdsOfActors(actorIds, filter, first + 1);
        Map<Long, List<Long>> spoken = statements.idsBySpeakers(actorIds, first + 1);
        Map<Long, List<Long>> about = statements.idsAboutActors(actorIds, first + 1);
        Map<Long, List<ParticipantEntity>> participants = events.participantsOf(allOf(eventIds, first));
        Set<Long> statementIds = allOf(spoken, first);
        statementIds.addAll(allOf(about, first));
        Map<Long, StatementEntity.Speaker> speakers = statements.speakersOf(statementIds);
        Map<Long, List<Long>> subjects = statements.aboutOf(speakers.keySet());
        Map<Long, LinkKeyPage> pages = new HashMap<>();
        for (Long actor : new LinkedHashSet<>(actorIds)) {
            List<String> keys = new ArrayList<>();
            for (Long event : firstOf(eventIds, actor, first)) {
                eventKeys(actor, event, participants.getOrDefault(event, List.of()), keys);
            }
            Set<Long> statementsOfActor = new LinkedHashSet<>(firstOf(spoken, actor, first));
            statementsOfActor.addAll(firstOf(about, actor, first));
            for (Long statement : statementsOfActor) {
                StatementEntity.Speaker speaker = speakers.get(statement);
                if (speaker != null) {
                    statementKeys(actor, statement, speaker, subjects.getOrDefault(statement, List.of()), keys);
                }
            }
            boolean truncated = Stream.of(eventIds, spoken, about)
                    .anyMatch(ids -> ids.getOrDefault(actor, List.of()).size() > first);
            pages.put(actor, new LinkKeyPage(keys, truncated));
        }
        return pages;
    }

    /**
     * The links to {@code others} only, of the same first facts: three statements that join each
     * fact read with the participations or subjects of those actors in it, so that an actor's
     * hundreds of facts are never loaded to keep the few shared with the others.
     */
    private Map<Long, LinkKeyPage> among(List<Long> actorIds, EventFilter filter, int first, Set<Long> others) {
        Map<Long, LinksAmong<EventReader.SharedEvent>> shared =
                events.eventsSharedWith(actorIds, filter, first, others);
        Map<Long, LinksAmong<StatementReader.SpeakerAndSubject>> spoken =
                statements.spokenAbout(actorIds, first, others);
        Map<Long, LinksAmong<StatementReader.SpeakerAndSubject>> about = statements.spokenOfBy(actorIds, first, others);
        Map<Long, LinkKeyPage> pages = new HashMap<>();
        for (Long actor : new LinkedHashSet<>(actorIds)) {
            List<String> keys = new ArrayList<>();
            for (EventReader.SharedEvent link :
                    shared.getOrDefault(actor, LinksAmong.none()).links()) {
                keys.add(eventKey(link.event(), actor, link.role(), link.other(), link.otherRole()));
            }
            for (Map<Long, LinksAmong<StatementReader.SpeakerAndSubject>> side : List.of(spoken, about)) {
                for (StatementReader.SpeakerAndSubject link :
                        side.getOrDefault(actor, LinksAmong.none()).links()) {
                    keys.add(statementKey(link.statement(), link.speaker(), link.subject(), link.dateText()));
                }
            }
            boolean truncated = Stream.of(shared.get(actor), spoken.get(actor), about.get(actor))
                    .anyMatch(read -> read != null && read.more());
            pages.put(actor, new LinkKeyPage(keys, truncated));
        }
        return pages;
    }

    /** One key per pair of the actor's participation and another actor's (an actor may take part in several roles). */
    private static void eventKeys(Long actor, Long event, List<ParticipantEntity> participants, List<String> keys) {
        for (ParticipantEntity mine : participants) {
            if (!mine.actorId.equals(actor)) {
                continue;
            }
            for (ParticipantEntity theirs : participants) {
                if (!theirs.actorId.equals(actor)) {
                    keys.add(eventKey(event, actor, mine.role.name(), theirs.actorId, theirs.role.name()));
                }
            }
        }
    }

    /** Speaker → each subject but the speaker, when the actor is one of the two; none for an unattributed statement. */
    private static void statementKeys(
            Long actor, Long statement, StatementEntity.Speaker speaker, List<Long> subjects, List<String> keys) {
        if (speaker.speakerId() == null) {
            return;
        }
        for (Long subject : new LinkedHashSet<>(subjects)) {
            boolean ofActor = actor.equals(speaker.speakerId()) || actor.equals(subject);
            if (!subject.equals(speaker.speakerId()) && ofActor) {
                keys.add(statementKey(statement, speaker.speakerId(), subject, speaker.dateText()));
            }
        }
    }

    private static String eventKey(long event, long actor, String role, long other, String otherRole) {
        return "EVENT:" + event + ":" + actor + ":" + role + ":" + other + ":" + otherRole;
    }

    /** The date as written, empty when undated. */
    private static String statementKey(long statement, long speaker, long subject, String dateText) {
        return "STATEMENT:" + statement + ":" + speaker + ":" + subject + ":" + (dateText == null ? "" : dateText);
    }

    /** The first {@code first} ids of every group (the pages were read one longer to tell whether there are more). */
    private static Set<Long> allOf(Map<Long, List<Long>> idsByActor, int first) {
        Set<Long> all = new HashSet<>();
        idsByActor.values().forEach(ids -> all.addAll(ids.subList(0, Math.min(first, ids.size()))));
        return all;
    }

    private static List<Long> firstOf(Map<Long, List<Long>> idsByActor, Long actor, int first) {
        List<Long> ids = idsByActor.getOrDefault(actor, List.of());
        return ids.subList(0, Math.min(first, ids.size()));
    }
}
