package org.entente.cli.bench;

import org.entente.cli.generate.ActorCatalog;
import org.entente.cli.generate.Scale;
import org.entente.cli.generate.Zipf;

import java.util.SplittableRandom;

/**
 * Picks the ids a request is about, skewed like the generated data (the same seed and scale as
 * {@code ./entente generate}): popular actors are asked for more often, as real readers do.
 */
public final class Sampler {
    private static final String[] SEARCH_TERMS = {"sanctions", "pipeline", "summit", "ceasefire", "tariffs",
            "grain exports", "security guarantees", "observer status"};

    private final ActorCatalog actors;
    private final Zipf actorSkew;
    private final Zipf personSkew;
    private final int events;

    public Sampler(long seed, int actorCount, int eventCount) {
        Scale scale = Scale.of(actorCount, eventCount, 0);
        this.actors = new ActorCatalog(seed, scale);
        this.actorSkew = new Zipf(actorCount, 1.0);
        this.personSkew = new Zipf(Math.max(1, scale.persons()), 1.0);
        this.events = Math.max(1, eventCount);
    }

    public long actor(SplittableRandom random) {
        return actors.byPopularity(actorSkew.sample(random));
    }

    public long person(SplittableRandom random) {
        return actors.personByPopularity(personSkew.sample(random));
    }

    public long event(SplittableRandom random) {
        return 1 + random.nextInt(events);
    }

    /** The first word of a popular actor's name: what a user types into a search box. */
    public String actorSearch(SplittableRandom random) {
        return actors.name(actor(random)).split(" ")[0];
    }

    public String topic(SplittableRandom random) {
        return SEARCH_TERMS[random.nextInt(SEARCH_TERMS.length)];
    }
}
