package org.entente.events.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void countsWordsNotOperatorsOrPunctuation() {
        assertEquals(1, SearchWords.count("sanctions"));
        assertEquals(1, SearchWords.count("  sanctions  "));
        assertEquals(2, SearchWords.count("grain exports"));
        assertEquals(2, SearchWords.count("\"grain exports\""));
        assertEquals(2, SearchWords.count("grain -wheat"));
        assertEquals(2, SearchWords.count("grain OR wheat"));
        assertEquals(1, SearchWords.count("grain - \" or"));
        assertEquals(2, SearchWords.count("Картаполов заявил"));
        assertEquals(0, SearchWords.count("   "));
    }
}
