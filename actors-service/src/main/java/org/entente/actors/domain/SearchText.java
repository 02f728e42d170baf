package org.entente.actors.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reduces names and search terms to one comparable form: lower case, Cyrillic transliterated
 * to Latin, accents removed, punctuation collapsed to single spaces. Stored names and search
 * terms go through the same function, so "Андрей", "ANDREY" and "Andréy" meet as "andrey".
 */
public final class SearchText {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('ё', "e"),
            Map.entry('ж', "zh"),
            Map.entry('з', "z"),
            Map.entry('и', "i"),
            Map.entry('й', "y"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "kh"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "shch"),
            Map.entry('ъ', ""),
            Map.entry('ы', "y"),
            Map.entry('ь', ""),
            Map.entry('э', "e"),
            Map.entry('ю', "yu"),
            Map.entry('я', "ya"),
            // Ukrainian and Belarusian letters
            Map.entry('і', "i"),
            Map.entry('ї', "yi"),
            Map.entry('є', "ye"),
            Map.entry('ґ', "g"),
            Map.entry('ў', "u"));

    /** Latin letters that Unicode decomposition does not reduce to a base letter. */
    private static final Map<Character, String> LATIN_SPECIAL =
            Map.of('ß', "ss", 'ł', "l", 'ø', "o", 'æ', "ae", 'œ', "oe", 'đ', "d", 'ı', "i", 'þ', "th");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {}

    public static String normalize(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        // Transliterate before decomposing: decomposition would turn "й" into "и" + breve.
        StringBuilder latin = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            String replacement = CYRILLIC.getOrDefault(c, LATIN_SPECIAL.get(c));
            if (replacement != null) {
                latin.append(replacement);
            } else {
                latin.append(c);
            }
        }
        String withoutAccents = COMBINING_MARKS
                .matcher(Normalizer.normalize(latin, Normalizer.Form.NFD))
                .replaceAll("");
        return SEPARATORS.matcher(withoutAccents).replaceAll(" ").strip();
    }
}
