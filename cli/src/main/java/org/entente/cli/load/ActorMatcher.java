package org.entente.cli.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.entente.cli.load.Dataset.ActorSpec;

/**
 * Decides whether an actor of a dataset file is one that already exists (in the graph, or in an
 * earlier file of the same run): by handle first, then by Wikidata id, then by a name or alias the
 * two share exactly once case and accents are set aside. An alias that names more than one known
 * actor links to none of them: a wrong link would merge two actors' facts, which is worse than
 * asking the author to pick the handle.
 */
public final class ActorMatcher {
    private ActorMatcher() {}

    /** An actor that exists already: its handle and every name it is known by. */
    public record Known(String handle, String name, List<String> aliases, String wikidataId) {}

    public enum How {
        NONE,
        HANDLE,
        WIKIDATA,
        ALIAS,
        AMBIGUOUS
    }

    /**
     * The outcome; {@code handle} is the linked actor's, {@code alias} the shared name or Wikidata id
     * that linked it.
     */
    public record Match(How how, String handle, String alias, List<String> candidates) {
        static final Match NONE = new Match(How.NONE, null, null, List.of());

        public String describe() {
            return switch (how) {
                case HANDLE -> "handle";
                case WIKIDATA -> "wikidata " + alias + " → " + handle;
                case ALIAS -> "alias '" + alias + "' → " + handle;
                default -> how.name().toLowerCase(Locale.ROOT);
            };
        }
    }

    public static Match match(ActorSpec spec, List<Known> known) {
        for (Known k : known) {
            if (k.handle().equals(spec.handle())) { // never for a null handle: FtM's are made up
                return new Match(How.HANDLE, k.handle(), null, List.of());
            }
        }
        if (spec.wikidataId() != null) {
            for (Known k : known) {
                if (spec.wikidataId().equals(k.wikidataId())) {
                    return new Match(How.WIKIDATA, k.handle(), spec.wikidataId(), List.of());
                }
            }
        }
        Map<String, String> byHandle = new LinkedHashMap<>();
        for (Known k : known) {
            String shared = sharedName(spec, k);
            if (shared != null) {
                byHandle.putIfAbsent(k.handle(), shared);
            }
        }
        if (byHandle.isEmpty()) {
            return Match.NONE;
        }
        if (byHandle.size() > 1) {
            return new Match(How.AMBIGUOUS, null, null, List.copyOf(byHandle.keySet()));
        }
        Map.Entry<String, String> only = byHandle.entrySet().iterator().next();
        return new Match(How.ALIAS, only.getKey(), only.getValue(), List.of());
    }

    /** The first of the spec's names that is also one of the known actor's, as the spec spells it. */
    private static String sharedName(ActorSpec spec, Known k) {
        List<String> theirs = new ArrayList<>();
        theirs.add(normalize(k.name()));
        k.aliases().forEach(a -> theirs.add(normalize(a)));
        List<String> ours = new ArrayList<>();
        ours.add(spec.name());
        ours.addAll(spec.aliases());
        for (String name : ours) {
            if (name != null && theirs.contains(normalize(name))) {
                return name;
            }
        }
        return null;
    }

    /** Lower case, accents dropped, runs of white space as one space: "Qatar", "QATAR" and "Qatâr" are one name. */
    static String normalize(String name) {
        String decomposed = Normalizer.normalize(Objects.requireNonNullElse(name, ""), Normalizer.Form.NFKD);
        return decomposed
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .trim()
                .replaceAll("\\s+", " ");
    }
}
