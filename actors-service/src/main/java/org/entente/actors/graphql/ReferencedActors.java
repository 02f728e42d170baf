package org.entente.actors.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The actors that the memberships and positions of one request refer to (member, holder,
 * organization). Facts read together with the actor on their other side bring it along
 * ({@link RequestLoader#withActors}); otherwise a fact announces its actors when it is made, and
 * whoever makes facts loads the announced actors not yet known in one statement
 * ({@link #loadAnnounced}) while it is still on a worker thread: the getters that read them may
 * run on the event loop, where no SQL may run.
 * Plain getters over this replace SmallRye's batched {@code @Source List} fields, whose
 * per-element futures and context snapshots cost 75 µs per element: a state's 8,000 office
 * holders took 1.2 s longer to answer that way.
 */
final class ReferencedActors {

    private final Function<Collection<Long>, Map<Long, Actor>> load;
    private final Set<Long> announced = new LinkedHashSet<>();
    private final Map<Long, Actor> known = new HashMap<>();

    ReferencedActors(Function<Collection<Long>, Map<Long, Actor>> load) {
        this.load = load;
    }

    /** An actor the request already has: reading it later costs nothing. */
    synchronized void known(Actor actor) {
        known.put(actor.id, actor);
        announced.remove(actor.id);
    }

    synchronized boolean knows(Long id) {
        return known.containsKey(id);
    }

    synchronized void announce(Long id) {
        if (!known.containsKey(id)) {
            announced.add(id);
        }
    }

    /** Loads every announced actor not yet known, in one statement (none when there is nothing to load). */
    void loadAnnounced() {
        Set<Long> wanted;
        synchronized (this) {
            if (announced.isEmpty()) {
                return;
            }
            wanted = new LinkedHashSet<>(announced);
            announced.clear();
        }
        // Without the lock: loading makes actors, which takes the request loader's lock.
        Map<Long, Actor> loaded = load.apply(wanted);
        synchronized (this) {
            wanted.forEach(id -> known.putIfAbsent(id, loaded.get(id)));
        }
    }

    /** The actor with this id (null if there is none); loads it only if no one did (a bug: see the class). */
    Actor get(Long id) {
        synchronized (this) {
            if (known.containsKey(id)) {
                return known.get(id);
            }
            announced.add(id);
        }
        loadAnnounced();
        synchronized (this) {
            return known.get(id);
        }
    }
}
