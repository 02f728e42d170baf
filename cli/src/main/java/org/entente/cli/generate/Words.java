package org.entente.cli.generate;

import java.util.SplittableRandom;

/** The word lists generated names and texts are made of (invented, plausible-sounding). */
final class Words {
    private Words() {}

    static final String[] SYLLABLES = {
        "al", "bar", "cor", "dan", "el", "fan", "gor", "hal", "is", "jor", "kal", "lor", "mar", "nor", "or", "pel",
        "qua", "ros", "sal", "tan", "ur", "val", "wen", "xan", "yor", "zan", "bel", "dor", "ket", "lin", "mon", "ria",
        "sta", "vin", "ter", "gua"
    };
    static final String[] STATE_SUFFIXES = {"ia", "land", "stan", "ona", "ea", "ar", "o", "ica"};
    static final String[] FIRST_NAMES = {
        "Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hassan", "Ines", "Jamal", "Keiko", "Lars",
        "Maria", "Nikolai", "Olga", "Pedro", "Qiu", "Rania", "Sergei", "Tamara", "Umar", "Vera", "Wei", "Ximena",
        "Yusuf", "Zara", "Ali", "Bianca", "Chen", "Daria"
    };
    static final String[] LAST_NAMES = {
        "Abadi",
        "Brandt",
        "Costa",
        "Dimitrov",
        "Ekwueme",
        "Fischer",
        "Gomez",
        "Haddad",
        "Ivanova",
        "Jensen",
        "Kowalski",
        "Lindqvist",
        "Moreau",
        "Nakamura",
        "Okafor",
        "Petrov",
        "Quispe",
        "Rahimi",
        "Sokolov",
        "Tanaka",
        "Usmanov",
        "Volkova",
        "Wang",
        "Xavier",
        "Yilmaz",
        "Zhou",
        "Karimov",
        "Novak",
        "Herrera",
        "Mensah"
    };
    static final String[] ORGANIZATION_WORDS = {
        "Cooperation",
        "Security",
        "Economic",
        "Energy",
        "Trade",
        "Defence",
        "Development",
        "Maritime",
        "Monetary",
        "Customs",
        "Transport",
        "Climate",
        "Health",
        "Labour"
    };
    static final String[] ORGANIZATION_FORMS = {
        "Organization", "Council", "Union", "Treaty Organization", "Forum", "Community", "Agency", "Alliance"
    };
    static final String[] GOVERNMENT_BODIES = {
        "Ministry of Foreign Affairs",
        "Ministry of Defence",
        "Ministry of Finance",
        "Ministry of Energy",
        "Presidential Administration",
        "Security Council",
        "Central Bank",
        "Ministry of Trade"
    };
    static final String[] LEGISLATURES = {"National Assembly", "Parliament", "Senate", "State Duma", "Congress"};
    static final String[] GROUP_FORMS = {"Party", "Movement", "Front", "Bloc", "Coalition"};
    static final String[] TITLES = {
        "President",
        "Prime Minister",
        "Foreign Minister",
        "Defence Minister",
        "Finance Minister",
        "Ambassador",
        "Secretary General",
        "Spokesperson",
        "Chair",
        "Deputy Minister",
        "Member of Parliament",
        "Governor",
        "Chief of General Staff",
        "Special Envoy"
    };
    static final String[] TOPICS = {
        "sanctions",
        "membership",
        "security guarantees",
        "gas supplies",
        "border talks",
        "trade agreement",
        "military exercises",
        "nuclear programme",
        "ceasefire",
        "election observers",
        "tariffs",
        "pipeline",
        "refugees",
        "grain exports",
        "airspace",
        "peacekeepers",
        "arms deliveries",
        "observer status",
        "summit",
        "debt relief"
    };
    static final String[] VERBS = {
        "welcomed",
        "condemned",
        "rejected",
        "supported",
        "questioned",
        "announced",
        "postponed",
        "called for",
        "warned against",
        "praised"
    };
    static final String[] CITIES = {
        "Geneva",
        "Vienna",
        "Astana",
        "Brussels",
        "Doha",
        "Nairobi",
        "Jakarta",
        "Istanbul",
        "Minsk",
        "Tehran",
        "Brasilia",
        "Singapore",
        "Addis Ababa",
        "Oslo",
        "Baku"
    };

    static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** An invented proper name of {@code syllables} syllables, capitalized. */
    static String invented(SplittableRandom random, int syllables) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(pick(random, SYLLABLES));
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }
}
