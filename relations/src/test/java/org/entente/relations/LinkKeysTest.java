package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.entente.dates.PartialDate;
import org.junit.jupiter.api.Test;

class LinkKeysTest {

    private static PartialDate d(String text) {
        return PartialDate.parseNullable(text);
    }

    private static List<Object> shape(Link link) {
        return List.of(link.id(), link.kind(), link.from(), link.to());
    }

    @Test
    void everyKindOfKeyBecomesALinkWithTheIdItHadAsAFact() {
        assertEquals(
                List.of("MEMBERSHIP:13", LinkKind.MEMBERSHIP, new Ref("1"), new Ref("4")),
                shape(LinkKeys.parse("MEMBERSHIP:13:1:4", null)));
        assertEquals(
                List.of("POSITION:21", LinkKind.POSITION, new Ref("7"), new Ref("6")),
                shape(LinkKeys.parse("POSITION:21:7:6", null)));
        assertEquals(
                List.of("PARENT:6", LinkKind.PARENT, new Ref("6"), new Ref("5")),
                shape(LinkKeys.parse("PARENT:6:5", null)));
        assertEquals(
                List.of("STATEMENT:201:1", LinkKind.STATEMENT, new Ref("7"), new Ref("1")),
                shape(LinkKeys.parse("STATEMENT:201:7:1:2024-05", null)));
        Link event = LinkKeys.parse("EVENT:101:1:PARTICIPANT:2:HOST", null);
        assertEquals(
                List.of("EVENT:101:1:PARTICIPANT:2:HOST", LinkKind.EVENT, new Ref("1"), new Ref("2")), shape(event));
        assertEquals(List.of("PARTICIPANT", "HOST"), List.of(event.fromRole(), event.toRole()));
        assertNull(event.label(), "the details come later, for the links an answer shows");
    }

    @Test
    void anEventLinkPutsTheSmallerIdFirstWhicheverSideReadIt() {
        Link fromHost = LinkKeys.parse("EVENT:5:10:HOST:9:TARGET", null);
        Link fromTarget = LinkKeys.parse("EVENT:5:9:TARGET:10:HOST", null);
        assertEquals(fromHost, fromTarget);
        assertEquals("EVENT:5:9:TARGET:10:HOST", fromHost.id());
        assertEquals(
                List.of(new Ref("9"), "TARGET", new Ref("10"), "HOST"),
                List.of(fromHost.from(), fromHost.fromRole(), fromHost.to(), fromHost.toRole()));
    }

    @Test
    void asOfDropsStatementsMadeLaterAndKeepsUndatedOnes() {
        assertNull(LinkKeys.parse("STATEMENT:301:1:2:2030", d("2025")));
        assertEquals(
                "STATEMENT:201:1",
                LinkKeys.parse("STATEMENT:201:7:1:2024-05", d("2025")).id());
        assertNull(LinkKeys.parse("STATEMENT:201:7:1:2024-05", d("2024-04")));
        assertEquals(
                "STATEMENT:202:1",
                LinkKeys.parse("STATEMENT:202:7:1:", d("1990")).id());
    }

    @Test
    void aKeyOfNoKnownShapeIsRefused() {
        assertThrows(IllegalStateException.class, () -> LinkKeys.parse("MEMBERSHIP:13:1", null));
        assertThrows(IllegalStateException.class, () -> LinkKeys.parse("ALLIANCE:1:2:3", null));
    }

    @Test
    void theFactIdIsTheSecondPartOfALinksId() {
        assertEquals("101", LinkKeys.factId(LinkKeys.parse("EVENT:101:1:PARTICIPANT:2:HOST", null)));
        assertEquals("201", LinkKeys.factId(LinkKeys.parse("STATEMENT:201:7:1:", null)));
    }
}
