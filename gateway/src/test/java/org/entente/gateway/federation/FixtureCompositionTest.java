package org.entente.gateway.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;
import org.entente.gateway.composition.Composer;
import org.entente.gateway.composition.IndependentComposer;
import org.entente.gateway.composition.SupergraphSummary;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed supergraph of each fixture is what the independent composer makes of its subgraphs
 * today (skipped with a message when that composer cannot be installed; rewritten with
 * {@code -Dgolden.update=true}), and our {@link Composer} means the same by it.
 */
class FixtureCompositionTest {

    private final SupergraphParser parser = new SupergraphParser();

    @TestFactory
    Stream<DynamicTest> committedSupergraphIsTheIndependentComposersOutput() {
        return FederationFixture.all().stream()
                .map(fixture -> dynamicTest(
                        fixture.name(),
                        () -> Golden.check(fixture.supergraphFile(), IndependentComposer.compose(fixture.sources()))));
    }

    @TestFactory
    Stream<DynamicTest> ourComposerMeansTheSame() {
        return FederationFixture.all().stream()
                .map(fixture -> dynamicTest(fixture.name(), () -> {
                    fixture.skipIfOurComposerDiffers();
                    assertEquals(
                            SupergraphSummary.of(parser.parse(FederationFixture.read(fixture.supergraphFile()))),
                            SupergraphSummary.of(parser.parse(new Composer().compose(fixture.sources()))));
                }));
    }
}
