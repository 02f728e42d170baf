package org.entente.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The generated rows obey the rules the services enforce, and the same seed gives the same rows. */
class CatalogTest {
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Scale SCALE = Scale.of(2_000, 3_000, 6_000);

    @Test
    void actorsHaveValidUniqueHandlesAndKindsByIdRange() {
        ActorCatalog actors = new ActorCatalog(1, SCALE);
        Set<String> handles = new HashSet<>();
        Map<String, Integer> kinds = new HashMap<>();
        for (long id = 1; id <= SCALE.actors(); id++) {
            GeneratedActor actor = actors.actor(id);
            assertTrue(HANDLE.matcher(actor.handle()).matches(), actor.handle());
            assertTrue(handles.add(actor.handle()), "duplicate handle " + actor.handle());
            kinds.merge(actor.kind(), 1, Integer::sum);
            if (actor.parentId() != null) {
                assertEquals("STATE", actors.kind(actor.parentId()));
            }
            assertTrue(actor.searchText()
                    .startsWith(actor.name()
                            .toLowerCase()
                            .replaceAll("[^a-z0-9]+", " ")
                            .strip()));
        }
        assertEquals(SCALE.states(), kinds.get("STATE"));
        assertEquals(SCALE.persons(), kinds.get("PERSON"));
        assertEquals(
                "state-" + Scale.COUNTRY_CODES[0].toLowerCase(), actors.actor(1).handle());
    }

    @Test
    void sameSeedSameRowsOtherSeedOtherRows() {
        assertEquals(
                rows(new NewsCatalog(9, new ActorCatalog(9, SCALE))::statements),
                rows(new NewsCatalog(9, new ActorCatalog(9, SCALE))::statements));
        assertNotEquals(
                rows(new NewsCatalog(9, new ActorCatalog(9, SCALE))::events),
                rows(new NewsCatalog(10, new ActorCatalog(10, SCALE))::events));
    }

    @Test
    void eventsHaveTwoToEightDistinctParticipantsSkewedTowardsAFewActors() {
        ActorCatalog actors = new ActorCatalog(3, SCALE);
        Map<Long, Set<String>> perEvent = new HashMap<>();
        Map<String, Integer> perActor = new HashMap<>();
        for (String line : rows(new NewsCatalog(3, actors)::participants)) {
            String[] f = line.strip().split("\t");
            assertTrue(
                    perEvent.computeIfAbsent(Long.parseLong(f[0]), e -> new HashSet<>())
                            .add(f[1]),
                    "actor twice in event " + f[0]);
            perActor.merge(f[1], 1, Integer::sum);
        }
        assertEquals(SCALE.events(), perEvent.size());
        perEvent.values().forEach(p -> assertTrue(p.size() >= 2 && p.size() <= 8, "participants: " + p.size()));
        List<Integer> counts = new ArrayList<>(perActor.values());
        counts.sort((a, b) -> b - a);
        int topFive = counts.subList(0, 5).stream().mapToInt(Integer::intValue).sum();
        int slots = counts.stream().mapToInt(Integer::intValue).sum();
        assertTrue(topFive > slots / 8, "the five most covered actors fill " + topFive + " of " + slots + " slots");
    }

    @Test
    void datedFactsAreOrderedIntervalsCitingSources() {
        ActorCatalog actors = new ActorCatalog(5, SCALE);
        DatedFacts facts = new DatedFacts(5, actors);
        List<String> memberships = rows(facts::memberships);
        List<String> positions = rows(facts::positions);
        assertFalse(memberships.isEmpty());
        for (List<String> table : List.of(memberships, positions)) {
            for (String line : table) {
                String[] f = line.strip().split("\t");
                if (!f[6].equals("\\N") && !f[7].equals("\\N")) {
                    assertTrue(f[6].compareTo(f[7]) <= 0, line);
                }
                assertTrue(f[8].matches("\\{\"\\d+\"(,\"\\d+\")?}"), line);
            }
        }
        for (String line : memberships) {
            String organization = line.split("\t")[2];
            assertTrue(
                    Set.of("INTERNATIONAL_ORGANIZATION", "GROUP").contains(actors.kind(Long.parseLong(organization))),
                    line);
        }
    }

    @Test
    void statementsMatchTheirEventsDateAndSortUndatedLast() {
        NewsCatalog news = new NewsCatalog(2, new ActorCatalog(2, SCALE));
        int linked = 0;
        for (long id = 1; id <= 2_000; id++) {
            NewsCatalog.GeneratedStatement s = news.statement(id);
            assertTrue(s.about().size() >= 1 && s.about().size() == new HashSet<>(s.about()).size());
            if (s.eventId() != null && s.date() != null) {
                GeneratedDate eventDate = news.eventDate(s.eventId());
                assertTrue(!s.date().start().isAfter(eventDate.start())
                        && !s.date().end().isBefore(eventDate.start()));
                linked++;
            }
        }
        assertTrue(linked > 500, "statements linked to dated events: " + linked);
        String undated = rows(news::statements).stream()
                .filter(l -> l.split("\t")[6].equals("\\N"))
                .findFirst()
                .orElseThrow();
        assertEquals("9999-12-31\t0", undated.split("\t")[9] + "\t" + undated.split("\t")[10]);
    }

    private static List<String> rows(Consumer<Consumer<CopyRow>> producer) {
        List<String> lines = new ArrayList<>();
        producer.accept(row -> lines.add(row.line()));
        return lines;
    }
}
