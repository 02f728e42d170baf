package org.entente.cli.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** `load` checks datasets against the enums of the published API schema, without asking a gateway. */
class VocabularyTest {

    @Test
    void everyUsedEnumComesFromThePublishedSchema() {
        Vocabulary vocabulary = Vocabulary.published();
        for (String name : Vocabulary.USED) {
            assertTrue(!vocabulary.values(name).isEmpty(), name + " is in docs/api/schema.graphql");
        }
        assertTrue(
                vocabulary.values("ActorKind").contains("STATE"),
                vocabulary.values("ActorKind").toString());
    }

    @Test
    void descriptionsAndOtherTypesAreNotValues() {
        Vocabulary vocabulary = Vocabulary.of(
                "\"kinds\" enum Stance { \"for\" SUPPORTS OPPOSES } enum Other { X } type Query { s: Stance }");
        assertEquals(java.util.Set.of("SUPPORTS", "OPPOSES"), vocabulary.values("Stance"));
        assertTrue(vocabulary.values("Other").isEmpty());
    }
}
