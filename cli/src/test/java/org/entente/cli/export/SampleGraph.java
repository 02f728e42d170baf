package org.entente.cli.export;

import java.util.List;
import org.entente.cli.export.Graph.Actor;
import org.entente.cli.export.Graph.Event;
import org.entente.cli.export.Graph.Membership;
import org.entente.cli.export.Graph.Participation;
import org.entente.cli.export.Graph.Position;
import org.entente.cli.export.Graph.Source;
import org.entente.cli.export.Graph.Statement;

/** A small graph with every kind of record, and texts that need escaping in every format. */
final class SampleGraph {
    /** Markup, a quote, a delimiter, a line break, a control character and a character beyond the BMP. */
    static final String HOSTILE = "<b>\"Smith & Sons\", ltd.</b>\nline two\u0001 \uD83C\uDF0D";

    static final Source ARTICLE = new Source("1", "article", "CSTO Iran: Unpacking", null, null, null, null, null);
    static final Source TASS = new Source(
            "2", null, "Kartapolov, on Iran", "https://tass.example/1?a=1&b=2", "2023-05", null, "9", "TASS");

    private SampleGraph() {}

    static Graph graph() {
        return new Graph(
                List.of(
                        new Actor(
                                "1",
                                "iran",
                                "Iran",
                                "STATE",
                                "IRN",
                                "Q794",
                                null,
                                List.of("Islamic Republic of Iran"),
                                null),
                        new Actor(
                                "2",
                                "csto",
                                "CSTO",
                                "INTERNATIONAL_ORGANIZATION",
                                null,
                                null,
                                HOSTILE,
                                List.of(),
                                null),
                        new Actor("3", "bordyuzha", "Nikolai Bordyuzha", "PERSON", "RUS", null, null, List.of(), null),
                        new Actor("4", "ussr", "Soviet Union", "STATE", "SUN", null, null, List.of("USSR; CCCP"), null),
                        new Actor(
                                "5",
                                "duma-defence",
                                "Defence Committee",
                                "LEGISLATURE",
                                null,
                                null,
                                null,
                                List.of(),
                                "4"),
                        new Actor("9", "tass", "TASS", "MEDIA", "RUS", null, null, List.of(), null)),
                List.of(
                        new Membership("11", "1", "2", "INVITED", "2007-05", null, List.of(ARTICLE)),
                        new Membership("12", "4", "2", "MEMBER", null, "1991", List.of(ARTICLE, TASS))),
                List.of(new Position("21", "3", "2", "Secretary General", "2003", "2016", List.of(ARTICLE))),
                List.of(new Event(
                        "31",
                        "csto-invites-iran",
                        "INVITATION",
                        HOSTILE,
                        null,
                        "2007-05",
                        null,
                        "Moscow",
                        List.of(
                                new Participation("3", "INITIATOR"),
                                new Participation("2", "INITIATOR"),
                                new Participation("1", "TARGET")),
                        List.of(ARTICLE))),
                List.of(
                        new Statement(
                                "41",
                                "open",
                                "QUOTE",
                                HOSTILE,
                                "2007-05",
                                "SUPPORTS",
                                "3",
                                "Secretary General",
                                List.of("2", "1"),
                                "31",
                                null,
                                TASS),
                        // unattributed: no speaker to draw an edge from
                        new Statement(
                                "42",
                                null,
                                "ASSESSMENT",
                                "Entry will follow",
                                null,
                                "NEUTRAL",
                                null,
                                null,
                                List.of("1"),
                                null,
                                null,
                                ARTICLE)));
    }
}
