package org.entente.cli.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Every actor as a pure function of (seed, id): kind from the id range (see {@link Scale}),
 * names, handle, country and parent from the row's own random stream. Also keeps the
 * popularity order that skews who appears in events and statements.
 */
public final class ActorCatalog {
    private final long seed;
    private final Scale scale;
    private final int[] popularity;
    private final int[] personPopularity;

    public ActorCatalog(long seed, Scale scale) {
        this.seed = seed;
        this.scale = scale;
        this.popularity = shuffledIds(seed, 1, scale.actors());
        this.personPopularity = shuffledIds(seed + 1, scale.firstPerson(), scale.actors());
    }

    public Scale scale() {
        return scale;
    }

    /** The actor at a popularity rank (0 = the most covered actor). */
    public long byPopularity(int rank) {
        return popularity[rank];
    }

    /** The person at a popularity rank among persons. */
    public long personByPopularity(int rank) {
        return personPopularity[rank];
    }

    public String kind(long id) {
        if (id < scale.firstOrganization()) {
            return "STATE";
        }
        if (id < scale.firstMedia()) {
            return organizationKind(id);
        }
        if (id < scale.firstPerson()) {
            return "MEDIA";
        }
        return "PERSON";
    }

    /** The organization kinds in the mix of the real world: many ministries, some parties, fewer IOs. */
    String organizationKind(long id) {
        double u = Seeds.forRow(seed, Seeds.Table.ACTOR, id).nextDouble();
        if (u < 0.15) {
            return "INTERNATIONAL_ORGANIZATION";
        }
        if (u < 0.60) {
            return "GOVERNMENT_BODY";
        }
        if (u < 0.70) {
            return "LEGISLATURE";
        }
        return "GROUP";
    }

    public String countryCode(long stateId) {
        return Scale.COUNTRY_CODES[(int) (stateId - 1)];
    }

    public GeneratedActor actor(long id) {
        SplittableRandom random = Seeds.forRow(seed, Seeds.Table.ACTOR, id);
        random.nextDouble(); // the draw organizationKind() uses
        String kind = kind(id);
        String wikidata = random.nextInt(3) == 0 ? null : "Q" + (100000 + id);
        return switch (kind) {
            case "STATE" -> state(id, random, wikidata);
            case "MEDIA" -> {
                String name = Words.invented(random, 2) + " "
                        + Words.pick(random, new String[] {"News", "Times", "Herald", "Agency", "Radio"});
                yield new GeneratedActor(
                        id, handle(name, id), kind, name, List.of(), "News outlet", null, wikidata, null);
            }
            case "PERSON" -> person(id, random, wikidata);
            default -> organization(id, kind, random, wikidata);
        };
    }

    /** The name alone (events and statements mention actors by name in their texts). */
    public String name(long id) {
        return actor(id).name();
    }

    private GeneratedActor state(long id, SplittableRandom random, String wikidata) {
        String stem = Words.invented(random, 1 + random.nextInt(2));
        String name = stem + Words.pick(random, Words.STATE_SUFFIXES);
        String code = countryCode(id);
        List<String> aliases = random.nextBoolean() ? List.of(code, "Republic of " + name) : List.of(code);
        return new GeneratedActor(
                id,
                "state-" + code.toLowerCase(Locale.ROOT),
                "STATE",
                name,
                aliases,
                "Sovereign state",
                code,
                wikidata,
                null);
    }

    private GeneratedActor person(long id, SplittableRandom random, String wikidata) {
        String name = Words.pick(random, Words.FIRST_NAMES) + " " + Words.pick(random, Words.LAST_NAMES);
        long state = 1 + random.nextInt(scale.states());
        List<String> aliases = random.nextInt(4) == 0
                ? List.of(name.charAt(0) + ". " + name.substring(name.indexOf(' ') + 1))
                : List.of();
        return new GeneratedActor(
                id, handle(name, id), "PERSON", name, aliases, null, countryCode(state), wikidata, null);
    }

    private GeneratedActor organization(long id, String kind, SplittableRandom random, String wikidata) {
        long state = 1 + random.nextInt(scale.states());
        String stateName = kind.equals("INTERNATIONAL_ORGANIZATION")
                ? null
                : state(state, Seeds.forRow(seed, Seeds.Table.ACTOR, state), null)
                        .name();
        String name;
        List<String> aliases = new ArrayList<>();
        Long parent = null;
        String country = null;
        switch (kind) {
            case "INTERNATIONAL_ORGANIZATION" -> {
                name = Words.pick(random, Words.ORGANIZATION_WORDS) + " " + Words.pick(random, Words.ORGANIZATION_WORDS)
                        + " " + Words.pick(random, Words.ORGANIZATION_FORMS) + " of " + Words.invented(random, 2);
                aliases.add(acronym(name));
            }
            case "GOVERNMENT_BODY" -> {
                name = Words.pick(random, Words.GOVERNMENT_BODIES) + " of " + stateName;
                parent = state;
                country = countryCode(state);
            }
            case "LEGISLATURE" -> {
                name = Words.pick(random, Words.LEGISLATURES) + " of " + stateName;
                parent = state;
                country = countryCode(state);
            }
            default -> {
                name = Words.invented(random, 2) + " " + Words.pick(random, Words.GROUP_FORMS);
                country = countryCode(state);
            }
        }
        return new GeneratedActor(id, handle(name, id), kind, name, aliases, null, country, wikidata, parent);
    }

    static String handle(String name, long id) {
        String slug = SearchKey.normalize(name).replace(' ', '-');
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug + "-" + id;
    }

    private static String acronym(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.equals("of") && !word.isEmpty()) {
                letters.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return letters.toString();
    }

    /** The ids from..to in an order fixed by the seed (Fisher–Yates). */
    private static int[] shuffledIds(long seed, long from, long to) {
        int n = (int) Math.max(0, to - from + 1);
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (int) (from + i);
        }
        SplittableRandom random = Seeds.forRow(seed, Seeds.Table.PERMUTATION, from);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = ids[i];
            ids[i] = ids[j];
            ids[j] = swap;
        }
        return ids;
    }
}
