package org.entente.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.entente.dates.Interval;
import org.entente.dates.PartialDate;
import org.entente.relations.ActorFacts.EventFact;
import org.entente.relations.ActorFacts.Participant;
import org.entente.relations.ActorFacts.StatementFact;
import org.entente.relations.ActorFacts.Tie;
import org.entente.relations.TimelineEntry.Kind;

/**
 * An actor's facts as one chronological list: dated entries by date (start of the interval,
 * coarser first), then kind, title and fact id; undated entries last. With {@code from}/{@code to},
 * only dated entries whose interval overlaps [start of from, end of to]. Pure: no I/O.
 */
final class TimelineBuilder {

    static final int TITLE_LENGTH = 200;

    static final Comparator<TimelineEntry> ORDER = Comparator.comparing(
                    TimelineEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEntry::kind)
            .thenComparing(TimelineEntry::title)
            .thenComparing(TimelineEntry::factId, Ids.ORDER);

    private TimelineBuilder() {}

    static List<TimelineEntry> build(ActorFacts facts, PartialDate from, PartialDate to) {
        Ref actor = new Ref(facts.id());
        List<TimelineEntry> entries = new ArrayList<>();
        for (Tie m : facts.memberships()) {
            String role = Labels.words(m.role());
            ties(
                    entries,
                    actor,
                    m,
                    Kind.MEMBERSHIP_BEGINS,
                    "Becomes " + role + " of " + m.organizationName(),
                    "Ceases to be " + role + " of " + m.organizationName(),
                    m.organizationId());
        }
        for (Tie m : facts.members()) {
            String role = Labels.words(m.role());
            ties(
                    entries,
                    actor,
                    m,
                    Kind.MEMBERSHIP_BEGINS,
                    m.holderName() + " becomes " + role,
                    m.holderName() + " ceases to be " + role,
                    m.holderId());
        }
        for (Tie p : facts.positions()) {
            ties(
                    entries,
                    actor,
                    p,
                    Kind.POSITION_BEGINS,
                    "Takes office as " + p.role() + " of " + p.organizationName(),
                    "Leaves office as " + p.role() + " of " + p.organizationName(),
                    p.organizationId());
        }
        for (Tie p : facts.officeHolders()) {
            ties(
                    entries,
                    actor,
                    p,
                    Kind.POSITION_BEGINS,
                    p.holderName() + " takes office as " + p.role(),
                    p.holderName() + " leaves office as " + p.role(),
                    p.holderId());
        }
        facts.events().forEach(e -> entries.add(event(actor, e)));
        for (StatementFact s : facts.statements()) {
            entries.add(new TimelineEntry(
                    s.date(),
                    null,
                    Kind.STATEMENT_BY,
                    Labels.shorten(s.text(), TITLE_LENGTH),
                    actor,
                    s.speakerCapacity(),
                    refs(s.aboutIds().stream()
                            .filter(id -> !id.equals(facts.id()))
                            .toList()),
                    null,
                    new Ref(s.id()),
                    sources(s),
                    s.id()));
        }
        for (StatementFact s : facts.statementsAbout()) {
            List<Ref> speaker = s.speakerId() == null || s.speakerId().equals(facts.id())
                    ? List.of()
                    : List.of(new Ref(s.speakerId()));
            entries.add(new TimelineEntry(
                    s.date(),
                    null,
                    Kind.STATEMENT_ABOUT,
                    Labels.shorten(s.text(), TITLE_LENGTH),
                    actor,
                    null,
                    speaker,
                    null,
                    new Ref(s.id()),
                    sources(s),
                    s.id()));
        }
        boolean filtered = from != null || to != null;
        return entries.stream()
                .filter(e -> !filtered
                        || e.date() != null
                                && new Interval(e.date(), e.endDate() == null ? e.date() : e.endDate())
                                        .overlaps(new Interval(from, to)))
                .sorted(ORDER)
                .toList();
    }

    /**
     * A beginning (dated by {@code since}, undated when it is unknown) and, when {@code until} is
     * known, an ending. {@code begins} is MEMBERSHIP_BEGINS or POSITION_BEGINS; the ending kind follows it.
     */
    private static void ties(
            List<TimelineEntry> entries,
            Ref actor,
            Tie tie,
            Kind begins,
            String beginTitle,
            String endTitle,
            String counterpart) {
        Kind ends = begins == Kind.MEMBERSHIP_BEGINS ? Kind.MEMBERSHIP_ENDS : Kind.POSITION_ENDS;
        List<Ref> counterparts = List.of(new Ref(counterpart));
        List<Ref> sources = refs(tie.sourceIds());
        entries.add(new TimelineEntry(
                tie.since(), null, begins, beginTitle, actor, tie.role(), counterparts, null, null, sources, tie.id()));
        if (tie.until() != null) {
            entries.add(new TimelineEntry(
                    tie.until(), null, ends, endTitle, actor, tie.role(), counterparts, null, null, sources, tie.id()));
        }
    }

    private static TimelineEntry event(Ref actor, EventFact e) {
        List<String> roles = new ArrayList<>();
        TreeSet<String> others = new TreeSet<>(Ids.ORDER);
        for (Participant p : e.participants()) {
            if (p.actorId().equals(actor.id())) {
                roles.add(p.role());
            } else {
                others.add(p.actorId());
            }
        }
        return new TimelineEntry(
                e.date(),
                e.endDate(),
                Kind.EVENT,
                e.title(),
                actor,
                roles.isEmpty() ? null : String.join(", ", roles),
                refs(List.copyOf(others)),
                new Ref(e.id()),
                null,
                refs(e.sourceIds()),
                e.id());
    }

    private static List<Ref> sources(StatementFact s) {
        return s.sourceId() == null ? List.of() : List.of(new Ref(s.sourceId()));
    }

    private static List<Ref> refs(List<String> ids) {
        return ids.stream().filter(Objects::nonNull).map(Ref::new).toList();
    }
}
