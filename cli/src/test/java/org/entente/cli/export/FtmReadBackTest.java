package org.entente.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.cli.load.Dataset;
import org.entente.cli.load.Dataset.ActorSpec;
import org.entente.cli.load.Dataset.EventSpec;
import org.entente.cli.load.Dataset.MembershipSpec;
import org.entente.cli.load.Dataset.ParticipantSpec;
import org.entente.cli.load.Dataset.PositionSpec;
import org.entente.cli.load.Dataset.SourceSpec;
import org.entente.cli.load.DatasetValidator;
import org.entente.cli.load.FtmMapper;
import org.entente.cli.load.FtmReader;
import org.entente.cli.load.Vocabulary;
import org.junit.jupiter.api.Test;

/** What FtmWriter writes, `./entente load` reads back as the same records, but for what FtM has no place for. */
class FtmReadBackTest {
    @Test
    void theExportReadsBackAsTheGraphsRecords() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FtmWriter.write(SampleGraph.graph(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        FtmReader.Result read = FtmReader.read(text);
        FtmMapper.Mapped mapped = new FtmMapper(Vocabulary.published()).map(read.entities(), "sample.ftm.json", text);
        Dataset d = mapped.dataset();

        assertEquals(List.of(), read.problems());
        assertEquals(List.of(), mapped.skipped());
        assertEquals(List.of(), DatasetValidator.validate(d, Vocabulary.published()));
        assertEquals(
                List.of(
                        new ActorSpec(
                                1,
                                "iran",
                                "STATE",
                                "Iran",
                                List.of("Islamic Republic of Iran"),
                                null,
                                "IRN",
                                "Q794",
                                null),
                        new ActorSpec(
                                2,
                                "csto",
                                "INTERNATIONAL_ORGANIZATION",
                                "CSTO",
                                List.of(),
                                SampleGraph.HOSTILE,
                                null,
                                null,
                                null),
                        new ActorSpec(
                                3,
                                "nikolai-bordyuzha",
                                "PERSON",
                                "Nikolai Bordyuzha",
                                List.of(),
                                null,
                                "RUS",
                                null,
                                null),
                        new ActorSpec(
                                4,
                                "soviet-union",
                                "STATE",
                                "Soviet Union",
                                List.of("USSR; CCCP"),
                                null,
                                null,
                                null,
                                null),
                        new ActorSpec(
                                5,
                                "defence-committee",
                                "LEGISLATURE",
                                "Defence Committee",
                                List.of(),
                                null,
                                null,
                                null,
                                null),
                        new ActorSpec(6, "tass", "MEDIA", "TASS", List.of(), null, "RUS", null, null)),
                d.actors(),
                "kinds come back from classification; handles are made from names; SUN has no code; parents are"
                        + " not exported");
        Map<String, String> titles = d.sources().stream().collect(Collectors.toMap(SourceSpec::ref, SourceSpec::title));
        String article = d.memberships().get(0).cites().get(0);
        String tass = d.memberships().get(1).cites().get(1);
        assertEquals(Map.of(article, "CSTO Iran: Unpacking", tass, "Kartapolov, on Iran"), titles);
        SourceSpec tassSource = d.sources().stream()
                .filter(s -> s.ref().equals(tass))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("https://tass.example/1?a=1&b=2", "tass"), List.of(tassSource.url(), tassSource.publisher()));
        assertEquals(
                List.of(
                        new MembershipSpec(7, "iran", "csto", "INVITED", "2007-05", null, List.of(article)),
                        new MembershipSpec(8, "soviet-union", "csto", "MEMBER", null, "1991", List.of(article, tass))),
                d.memberships());
        assertEquals(
                List.of(new PositionSpec(
                        10, "nikolai-bordyuzha", "csto", "Secretary General", "2003", "2016", List.of(article))),
                d.positions());
        assertEquals(
                List.of(new EventSpec(
                        11,
                        "csto-invites-iran",
                        "OTHER",
                        SampleGraph.HOSTILE,
                        null,
                        "2007-05",
                        null,
                        "Moscow",
                        List.of(
                                new ParticipantSpec(11, "nikolai-bordyuzha", "HOST"),
                                new ParticipantSpec(11, "csto", "HOST"),
                                new ParticipantSpec(11, "iran", "PARTICIPANT")),
                        List.of(article))),
                d.events(),
                "initiators come back as hosts, the target as a participant; the type is lost");
    }
}
