package org.entente.actors.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void transliteratesRussianCyrillicToLatin() {
        assertEquals("andrey kartapolov", SearchText.normalize("Андрей Картаполов"));
        assertEquals("sergey shoygu", SearchText.normalize("Сергей Шойгу"));
        assertEquals("gosudarstvennaya duma", SearchText.normalize("Государственная Дума"));
        assertEquals("khrushchev", SearchText.normalize("Хрущёв"));
        assertEquals("obedinennaya", SearchText.normalize("Объединённая"));
        assertEquals("yuriy", SearchText.normalize("Юрий"));
    }

    @Test
    void transliteratesUkrainianLetters() {
        assertEquals("kiyiv", SearchText.normalize("Київ"));
        assertEquals("yevropa", SearchText.normalize("Європа"));
    }

    @Test
    void ignoresCaseAccentsAndPunctuation() {
        assertEquals("kartapolov", SearchText.normalize("KARTAPOLOV"));
        assertEquals("sao tome principe", SearchText.normalize("São Tomé & Príncipe"));
        assertEquals("lodz strasse", SearchText.normalize("Łódź-Straße"));
        assertEquals(
                "collective security treaty organization csto",
                SearchText.normalize("  Collective Security Treaty Organization (CSTO) "));
    }
}
