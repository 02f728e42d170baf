package org.entente.cli.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.entente.cli.load.ActorMatcher.How;
import org.entente.cli.load.ActorMatcher.Known;
import org.entente.cli.load.ActorMatcher.Match;
import org.entente.cli.load.Dataset.ActorSpec;
import org.junit.jupiter.api.Test;

class ActorMatcherTest {
    private static final List<Known> GRAPH = List.of(
            new Known("iran", "Iran", List.of("Islamic Republic of Iran"), "Q794"),
            new Known(
                    "sco",
                    "Shanghai Cooperation Organisation",
                    List.of("SCO", "Shanghai Cooperation Organization"),
                    null),
            new Known("qatar", "Qatar", List.of(), null),
            new Known("georgia", "Georgia", List.of(), null),
            new Known("georgia-us-state", "State of Georgia", List.of("Georgia"), null));

    private static ActorSpec spec(String handle, String name, List<String> aliases, String wikidataId) {
        return new ActorSpec(1, handle, "STATE", name, aliases, null, null, wikidataId, null);
    }

    @Test
    void theSameHandleIsTheSameActorWhateverItsNames() {
        assertEquals(
                new Match(How.HANDLE, "iran", null, List.of()),
                ActorMatcher.match(spec("iran", "Persia", List.of(), null), GRAPH));
    }

    @Test
    void theSameWikidataIdLinksUnderAnotherHandle() {
        assertEquals(
                new Match(How.WIKIDATA, "iran", "Q794", List.of()),
                ActorMatcher.match(spec("persia", "Persia", List.of(), "Q794"), GRAPH));
    }

    @Test
    void aNameThatIsAnExistingAliasLinksIgnoringCaseAccentsAndSpacing() {
        Match m =
                ActorMatcher.match(spec("shanghai-org", "shanghai  COOPERATION organization", List.of(), null), GRAPH);
        assertEquals(new Match(How.ALIAS, "sco", "shanghai  COOPERATION organization", List.of()), m);
        assertEquals("alias 'shanghai  COOPERATION organization' → sco", m.describe());
        assertEquals(
                new Match(How.ALIAS, "qatar", "Qatâr", List.of()),
                ActorMatcher.match(spec("state-of-qatar", "State of Qatar", List.of("Qatâr"), null), GRAPH));
    }

    @Test
    void aNameSharedByTwoExistingActorsLinksToNeither() {
        assertEquals(
                new Match(How.AMBIGUOUS, null, null, List.of("georgia", "georgia-us-state")),
                ActorMatcher.match(spec("sakartvelo", "Sakartvelo", List.of("Georgia"), null), GRAPH));
    }

    @Test
    void aNameOnlySimilarIsNoMatch() {
        assertEquals(Match.NONE, ActorMatcher.match(spec("iraq", "Iraq", List.of("Republic of Iraq"), null), GRAPH));
        assertEquals(
                Match.NONE, ActorMatcher.match(spec("qatar-airways", "Qatar Airways", List.of(), "Q19624"), GRAPH));
    }
}
