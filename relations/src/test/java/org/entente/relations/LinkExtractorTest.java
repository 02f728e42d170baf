package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.dates.PartialDate;
import org.entente.relations.ActorFacts.EventFact;
import org.entente.relations.ActorFacts.Participant;
import org.entente.relations.ActorFacts.StatementFact;
import org.entente.relations.ActorFacts.Tie;
import org.junit.jupiter.api.Test;

class LinkExtractorTest {

    static PartialDate d(String text) {
        return PartialDate.parseNullable(text);
    }

    /** Iran (1): SCO observer, an event with CSTO (2) and a person (7) in which Iran had two roles, statements. */
    static ActorFacts iran() {
        return new ActorFacts(
                "1",
                List.of(new Tie("13", "1", "Iran", "4", "SCO", "OBSERVER", d("2005"), d("2023-07"), List.of("32"))),
                List.of(),
                List.of(),
                List.of(),
                "50",
                List.of("60"),
                List.of(new EventFact(
                        "101",
                        "Assembly",
                        d("2023-11-20"),
                        null,
                        List.of(
                                new Participant("2", "HOST"),
                                new Participant("1", "PARTICIPANT"),
                                new Participant("1", "TARGET"),
                                new Participant("7", "PARTICIPANT")),
                        List.of("33", "35"))),
                List.of(new StatementFact(
                        "301",
                        "We will " + "very ".repeat(40) + "much join.",
                        d("2030"),
                        "1",
                        "Foreign Minister",
                        List.of("1", "2"),
                        "36")),
                List.of(
                        new StatementFact(
                                "201", "Iran could join.", d("2024-05"), "7", "Chairman", List.of("1", "2"), "33"),
                        new StatementFact("202", "Symbolic.", null, null, null, List.of("1"), "34")),
                false);
    }

    @Test
    void everyKindOfFactBecomesATypedLink() {
        List<Link> links = LinkExtractor.links(iran(), null);
        assertEquals(
                List.of(
                        "MEMBERSHIP:13",
                        "PARENT:1",
                        "PARENT:60",
                        "EVENT:101:1:PARTICIPANT:2:HOST",
                        "EVENT:101:1:PARTICIPANT:7:PARTICIPANT",
                        "EVENT:101:1:TARGET:2:HOST",
                        "EVENT:101:1:TARGET:7:PARTICIPANT",
                        "STATEMENT:301:2",
                        "STATEMENT:201:1"),
                links.stream().map(Link::id).toList(),
                "no self links; the unattributed assessment links nobody");
        Link membership = links.get(0);
        assertEquals("observer, 2005–2023-07", membership.label());
        assertEquals(
                List.of(new Ref("1"), new Ref("4"), "OBSERVER"),
                List.of(membership.from(), membership.to(), membership.fromRole()));
        assertEquals(List.of(new Ref("32")), membership.sources());
        Link parent = links.get(1);
        assertEquals(
                List.of(new Ref("1"), new Ref("50"), "part of"), List.of(parent.from(), parent.to(), parent.label()));
        assertEquals(
                List.of(new Ref("60"), new Ref("1")),
                List.of(links.get(2).from(), links.get(2).to()),
                "a child is part of Iran");
        Link withCsto = links.get(3);
        assertEquals(
                List.of(new Ref("1"), new Ref("2"), "PARTICIPANT", "HOST", "Assembly", new Ref("101")),
                List.of(
                        withCsto.from(),
                        withCsto.to(),
                        withCsto.fromRole(),
                        withCsto.toRole(),
                        withCsto.label(),
                        withCsto.event()));
        assertEquals(List.of(new Ref("33"), new Ref("35")), withCsto.sources());
        assertEquals(d("2023-11-20"), withCsto.date());
        Link said = links.get(7);
        assertEquals(
                List.of(new Ref("1"), new Ref("2"), "Foreign Minister", new Ref("301")),
                List.of(said.from(), said.to(), said.fromRole(), said.statement()));
        assertTrue(
                said.label().length() <= 120 && said.label().endsWith("very…"), "shortened at a word: " + said.label());
        Link saidAbout = links.get(8);
        assertEquals(
                List.of(new Ref("7"), new Ref("1")),
                List.of(saidAbout.from(), saidAbout.to()),
                "only the statement's link that touches Iran: not Kartapolov → CSTO");
    }

    @Test
    void asOfDropsStatementsMadeLater() {
        List<String> ids = LinkExtractor.links(iran(), d("2025")).stream()
                .map(Link::id)
                .filter(id -> id.startsWith("STATEMENT"))
                .toList();
        assertEquals(List.of("STATEMENT:201:1"), ids, "the 2030 statement is after asOf");
        assertEquals(
                List.of(),
                LinkExtractor.links(iran(), d("2024-04")).stream()
                        .map(Link::id)
                        .filter(id -> id.startsWith("STATEMENT"))
                        .toList());
    }

    @Test
    void anEventLinkPutsTheSmallerIdFirstWhicheverSideReadIt() {
        EventFact meeting = new EventFact(
                "5",
                "Meeting",
                d("2020"),
                null,
                List.of(new Participant("10", "HOST"), new Participant("9", "TARGET")),
                List.of());
        ActorFacts host = new ActorFacts(
                "10",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(meeting),
                List.of(),
                List.of(),
                false);
        ActorFacts target = new ActorFacts(
                "9",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(meeting),
                List.of(),
                List.of(),
                false);
        assertEquals(LinkExtractor.links(host, null), LinkExtractor.links(target, null));
        assertEquals(new Ref("9"), LinkExtractor.links(host, null).get(0).from());
    }
}
