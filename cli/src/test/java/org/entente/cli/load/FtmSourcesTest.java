package org.entente.cli.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.cli.load.FtmSources.Cited;
import org.junit.jupiter.api.Test;

class FtmSourcesTest {
    private static FtmEntity fact(
            String description, List<String> urls, List<String> publishers, List<String> retrieved) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (description != null) {
            p.put("description", List.of(description));
        }
        p.put("sourceUrl", urls);
        p.put("publisher", publishers);
        p.put("retrievedAt", retrieved);
        return new FtmEntity(4, "m", "Membership", p);
    }

    @Test
    void theTitlesOfTheExportsDescriptionGoWithTheirUrlsAndTitlesWithoutOne() {
        FtmSources.Result r = FtmSources.of(fact(
                "Sources: CSTO Iran: Unpacking; Kartapolov, on Iran <https://tass.example/1?a=1&b=2>;"
                        + " Russia; Iran <https://b.example/>; Untitled note",
                List.of("https://b.example/", "https://tass.example/1?a=1&b=2"),
                List.of("TASS", "Other"),
                List.of("2024-01-02")));

        assertEquals(
                List.of(
                        new Cited("CSTO Iran: Unpacking", null, null, "2024-01-02"),
                        new Cited("Kartapolov, on Iran", "https://tass.example/1?a=1&b=2", null, "2024-01-02"),
                        new Cited("Russia", null, null, "2024-01-02"),
                        new Cited("Iran", "https://b.example/", null, "2024-01-02"),
                        new Cited("Untitled note", null, null, "2024-01-02")),
                r.sources(),
                "a title with '; ' and no URL reads as two titles (documented); one retrieval date is every source's");
        assertEquals("2 publisher value(s) for 5 source(s) cannot be matched to them and are left out", r.leftOut());
    }

    @Test
    void withoutTheExportsDescriptionEachUrlIsItsOwnTitleAndAsManyPublishersGoOneEach() {
        FtmSources.Result r = FtmSources.of(fact(
                "A free description",
                List.of("https://a.example/", "https://b.example/"),
                List.of("A", "B"),
                List.of()));

        assertEquals(
                List.of(
                        new Cited("https://a.example/", "https://a.example/", "A", null),
                        new Cited("https://b.example/", "https://b.example/", "B", null)),
                r.sources());
        assertNull(r.leftOut());
    }

    @Test
    void aUrlTheDescriptionDoesNotNameIsAddedAndNoProvenanceIsNoSource() {
        assertEquals(
                List.of(
                        new Cited("Only", null, "P", null),
                        new Cited("https://x.example/", "https://x.example/", "P", null)),
                FtmSources.of(fact("Sources: Only", List.of("https://x.example/"), List.of("P"), List.of()))
                        .sources());
        assertEquals(
                List.of(),
                FtmSources.of(fact(null, List.of(), List.of("P"), List.of())).sources());
    }
}
