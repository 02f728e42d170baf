package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.dates.PartialDate;
import org.entente.relations.ActorFacts.EventFact;
import org.entente.relations.ActorFacts.Participant;
import org.entente.relations.ActorFacts.StatementFact;
import org.entente.relations.ActorFacts.Tie;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {

    private static PartialDate d(String text) {
        return PartialDate.parseNullable(text);
    }

    /** CSTO (2): its members and office holders, a membership of its own, events and statements. */
    private static ActorFacts csto() {
        return new ActorFacts(
                "2",
                List.of(new Tie("16", "2", "CSTO", "40", "UN General Assembly", "OBSERVER", null, null, List.of("31"))),
                List.of(
                        new Tie("11", "3", "Russia", "2", "CSTO", "MEMBER", d("2002"), null, List.of("31")),
                        new Tie(
                                "17",
                                "70",
                                "Uzbekistan",
                                "2",
                                "CSTO",
                                "MEMBER",
                                d("2006-08"),
                                d("2012-12"),
                                List.of("31"))),
                List.of(),
                List.of(new Tie(
                        "22",
                        "80",
                        "Imangali Tasmagambetov",
                        "2",
                        "CSTO",
                        "Secretary General",
                        d("2023-01-01"),
                        null,
                        List.of("37"))),
                null,
                List.of(),
                List.of(
                        new EventFact(
                                "101",
                                "Assembly",
                                d("2023"),
                                d("2024-02"),
                                List.of(
                                        new Participant("2", "HOST"),
                                        new Participant("1", "PARTICIPANT"),
                                        new Participant("7", "PARTICIPANT")),
                                List.of("33")),
                        new EventFact(
                                "103",
                                "Summit",
                                d("2023-01-01"),
                                null,
                                List.of(new Participant("2", "HOST")),
                                List.of("38"))),
                List.of(new StatementFact(
                        "203", "Applications are welcome.", d("2023-01"), "2", null, List.of("1", "2"), "39")),
                List.of(
                        new StatementFact(
                                "201",
                                "Iran could join the CSTO.",
                                d("2023-01"),
                                "7",
                                "Chairman",
                                List.of("1", "2"),
                                "33"),
                        new StatementFact("202", "Undated remark.", null, "7", null, List.of("2"), "34")),
                false);
    }

    private static List<String> lines(List<TimelineEntry> entries) {
        return entries.stream()
                .map(e -> e.date() + " " + e.kind() + " " + e.title())
                .toList();
    }

    @Test
    void ordersByDateThenCoarserFirstThenKindTitleAndIdWithUndatedLast() {
        assertEquals(
                List.of(
                        "2002 MEMBERSHIP_BEGINS Russia becomes member",
                        "2006-08 MEMBERSHIP_BEGINS Uzbekistan becomes member",
                        "2012-12 MEMBERSHIP_ENDS Uzbekistan ceases to be member",
                        "2023 EVENT Assembly",
                        "2023-01 STATEMENT_BY Applications are welcome.",
                        "2023-01 STATEMENT_ABOUT Iran could join the CSTO.",
                        "2023-01-01 POSITION_BEGINS Imangali Tasmagambetov takes office as Secretary General",
                        "2023-01-01 EVENT Summit",
                        "null MEMBERSHIP_BEGINS Becomes observer of UN General Assembly",
                        "null STATEMENT_ABOUT Undated remark."),
                lines(TimelineBuilder.build(csto(), null, null)));
    }

    @Test
    void entriesCarryRoleCounterpartsAndCitations() {
        List<TimelineEntry> entries = TimelineBuilder.build(csto(), null, null);
        TimelineEntry assembly = entries.get(3);
        assertEquals("HOST", assembly.role());
        assertEquals(List.of(new Ref("1"), new Ref("7")), assembly.counterparts());
        assertEquals(d("2024-02"), assembly.endDate());
        assertEquals(new Ref("101"), assembly.event());
        TimelineEntry own = entries.get(4);
        assertEquals(List.of(new Ref("1")), own.counterparts(), "subjects other than the speaker itself");
        assertEquals(new Ref("203"), own.statement());
        assertEquals(List.of(new Ref("39")), own.sources());
        TimelineEntry about = entries.get(5);
        assertEquals(List.of(new Ref("7")), about.counterparts(), "the speaker");
        TimelineEntry ends = entries.get(2);
        assertEquals(List.of(new Ref("70")), ends.counterparts());
        assertEquals("MEMBER", ends.role());
        assertEquals(new Ref("2"), ends.actor());
    }

    @Test
    void fromAndToKeepDatedEntriesOverlappingTheInterval() {
        assertEquals(
                List.of("2023 EVENT Assembly"),
                lines(TimelineBuilder.build(csto(), d("2024"), null)),
                "the assembly lasts into 2024; undated entries are left out");
        assertEquals(
                List.of(
                        "2002 MEMBERSHIP_BEGINS Russia becomes member",
                        "2006-08 MEMBERSHIP_BEGINS Uzbekistan becomes member"),
                lines(TimelineBuilder.build(csto(), null, d("2006-08"))));
        assertEquals(
                List.of(
                        "2023 EVENT Assembly",
                        "2023-01 STATEMENT_BY Applications are welcome.",
                        "2023-01 STATEMENT_ABOUT Iran could join the CSTO.",
                        "2023-01-01 POSITION_BEGINS Imangali Tasmagambetov takes office as Secretary General",
                        "2023-01-01 EVENT Summit"),
                lines(TimelineBuilder.build(csto(), d("2023-01-01"), d("2023-01-01"))),
                "a coarse date overlaps a day inside it");
    }

    @Test
    void asMemberAndHolderTheTitleNamesTheOrganization() {
        ActorFacts person = new ActorFacts(
                "80",
                List.of(),
                List.of(),
                List.of(new Tie(
                        "22",
                        "80",
                        "Imangali Tasmagambetov",
                        "2",
                        "CSTO",
                        "Secretary General",
                        d("2023"),
                        d("2025-12"),
                        List.of("37"))),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false);
        assertEquals(
                List.of(
                        "2023 POSITION_BEGINS Takes office as Secretary General of CSTO",
                        "2025-12 POSITION_ENDS Leaves office as Secretary General of CSTO"),
                lines(TimelineBuilder.build(person, null, null)));
    }
}
