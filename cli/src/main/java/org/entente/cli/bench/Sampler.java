package org.entente.cli.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.cli.generate.ActorCatalog;
import org.entente.cli.generate.Scale;
import org.entente.cli.generate.Zipf;

/**
 * Picks the ids a request is about, skewed like the generated data (the same seed and scale as
 * {@code ./entente generate}): popular actors are asked for more often, as real readers do.
 *
 * <p>With an id pool of N, each kind is limited to N fixed ids, so that a caching proxy in front of
 * the subgraphs sees the same requests again: the N most popular actors and persons (drawn with the
 * same Zipf law over their ranks) and N events picked once from the seed (drawn uniformly, as
 * without a pool). A sweeping sampler instead walks each pool in order, so N requests of an
 * operation ask every id of the pool once: that is how caches are filled before measuring.
 */
public final class Sampler {
    private static final String[] SEARCH_TERMS = {
        "sanctions",
        "pipeline",
        "summit",
        "ceasefire",
        "tariffs",
        "grain exports",
        "security guarantees",
        "observer status"
    };
    private static final long EVENT_POOL_STREAM = 0x9E3779B97F4A7C15L;

    private final ActorCatalog actors;
    private final Zipf actorSkew;
    private final Zipf personSkew;
    private final int events;
    private final int[] eventPool;
    private final boolean sweep;
    private final AtomicInteger actorTurn = new AtomicInteger();
    private final AtomicInteger personTurn = new AtomicInteger();
    private final AtomicInteger eventTurn = new AtomicInteger();

    public Sampler(long seed, int actorCount, int eventCount) {
        this(seed, actorCount, eventCount, 0, false);
    }

    /** {@code idPool} 0 means no pool: every id of the data set can be asked. {@code sweep} needs a pool. */
    public Sampler(long seed, int actorCount, int eventCount, int idPool, boolean sweep) {
        if (idPool < 0) {
            throw new IllegalArgumentException("the id pool cannot be negative: " + idPool);
        }
        if (sweep && idPool == 0) {
            throw new IllegalArgumentException("sweeping needs an id pool");
        }
        this.sweep = sweep;
        Scale scale = Scale.of(actorCount, eventCount, 0);
        this.actors = new ActorCatalog(seed, scale);
        int persons = Math.max(1, scale.persons());
        this.actorSkew = new Zipf(limit(actorCount, idPool), 1.0);
        this.personSkew = new Zipf(limit(persons, idPool), 1.0);
        this.events = Math.max(1, eventCount);
        this.eventPool = idPool == 0 ? null : eventPool(seed, events, limit(events, idPool));
    }

    private static int limit(int count, int idPool) {
        return idPool == 0 ? count : Math.min(count, idPool);
    }

    /** {@code size} distinct event ids from 1..events, a function of the seed (a partial Fisher–Yates shuffle). */
    private static int[] eventPool(long seed, int events, int size) {
        SplittableRandom random = new SplittableRandom(seed ^ EVENT_POOL_STREAM);
        int[] ids = new int[events];
        for (int i = 0; i < events; i++) {
            ids[i] = i + 1;
        }
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(events - i);
            int swap = ids[i];
            ids[i] = ids[j];
            ids[j] = swap;
        }
        return Arrays.copyOf(ids, size);
    }

    public long actor(SplittableRandom random) {
        return actors.byPopularity(sweep ? next(actorTurn, actorSkew.size()) : actorSkew.sample(random));
    }

    public long person(SplittableRandom random) {
        return actors.personByPopularity(sweep ? next(personTurn, personSkew.size()) : personSkew.sample(random));
    }

    public long event(SplittableRandom random) {
        if (eventPool == null) {
            return 1 + random.nextInt(events);
        }
        return eventPool[sweep ? next(eventTurn, eventPool.length) : random.nextInt(eventPool.length)];
    }

    private static int next(AtomicInteger turn, int size) {
        return Math.floorMod(turn.getAndIncrement(), size);
    }

    /** The first word of a popular actor's name: what a user types into a search box. */
    public String actorSearch(SplittableRandom random) {
        return actors.name(actor(random)).split(" ")[0];
    }

    public String topic(SplittableRandom random) {
        return SEARCH_TERMS[random.nextInt(SEARCH_TERMS.length)];
    }
}
