package org.entente.cli.e2e;

import static org.entente.cli.e2e.RunningStack.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.cli.bench.PrometheusText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's entity cache on the real stack (gateway-app keeps it on by default): an actor's
 * name read through an entity fetch ({@code statements(speaker:) { speaker { name } }}: the speaker
 * comes from actors-service's {@code _entities}) stays true to every write, whether it comes
 * through the gateway, straight into actors-service's database, or while the gateway cannot hear
 * that database's change stream. The {@code Entente-Cache} header and the gateway's metrics show
 * that the cache did answer, or was bypassed, where the test says so.
 */
@ExtendWith(RunningStack.class)
class EntityCacheIT {
    /**
     * The speaker's name through an entity fetch. Beside the statement list it reads {@code source},
     * a root field events-service never lets gateways keep, so that the root fetch is not kept (the
     * list alone would be) and the cache tally of a read is the speaker's alone.
     */
    private static final String SPEAKER_NAME = "query($id: ID!, $source: ID!) { source(id: $source) { id }"
            + " statements(speaker: $id, first: 1) { edges { node { speaker { name } } } } }";

    private static final Pattern TALLY = Pattern.compile("hit=(\\d+) miss=(\\d+)(?: bypass=(\\d+))?");
    /** Reads a test makes while it waits for the cache to answer or be bypassed, 50 ms apart. */
    private static final int PATIENCE = 200;

    private static String source;
    private static int created;

    @BeforeAll
    static void aSource() throws Exception {
        source = mutate(
                        "mutation { addSource(input: {title: \"Cache e2e\", url: \"https://example.org/cache-e2e\"}) { id } }",
                        Map.of())
                .path("addSource")
                .path("id")
                .asText();
    }

    /** One read of an actor's name through the entity fetch, with what the cache did for it. */
    private record Read(String name, int hits, int misses, int bypasses) {}

    @Test
    void aRenameThroughTheGatewayIsReadBackAtOnceAfterTheOldNameWasServedFromTheCache() throws Exception {
        String id = speakerWithAStatement("Cache Reader");
        Read cached = readUntil(id, r -> r.hits() == 1, "the speaker is answered from the cache");
        assertEquals("Cache Reader", cached.name());
        double hitsBefore = cacheMetric("hits", "actors");
        double mutations = invalidations("mutation");

        rename(id, "Cache Reader Renamed");
        // dropped by the gateway itself before it answered, not left to the change stream's timing
        assertTrue(invalidations("mutation") >= mutations + 2, "the rename dropped the actors' entries");

        Read after = read(id);
        assertEquals("Cache Reader Renamed", after.name(), "read-your-writes through the gateway");
        assertEquals(0, after.hits(), "the write dropped the cached speaker: " + after);
        assertEquals(1, after.misses());
        // (the write's change event, which drops the actors' entries once more, may still be on its way)
        Read again = readUntil(id, r -> r.hits() == 1, "the new name is cached in its turn");
        assertEquals("Cache Reader Renamed", again.name());
        assertTrue(cacheMetric("hits", "actors") > hitsBefore, "the gateway's metrics count the hits");
    }

    /**
     * {@code actor(id:)} is a root field actors-service lets gateways keep
     * ({@code entente.entity-cache.root-field-max-age.actor}): the whole answer, per document and variables.
     */
    @Test
    void anActorLookupIsKeptWholeUntilAWriteChangesIt() throws Exception {
        String id = speakerWithAStatement("Cache Lookup");
        String lookup = "query($id: ID!) { actor(id: $id) { name memberships { role } } }";
        keptWhole(lookup, Map.of("id", id));

        rename(id, "Cache Lookup Renamed");
        Answer after = send(lookup, Map.of("id", id), null);
        assertEquals(
                "Cache Lookup Renamed",
                after.body().path("data").path("actor").path("name").asText());
        assertEquals("hit=0 miss=1", after.cache(), "the write dropped the kept answer before it was acknowledged");

        long committed = writeName(id, "Cache Lookup Written");
        Answer direct = send(lookup, Map.of("id", id), null);
        while (!direct.body().path("data").path("actor").path("name").asText().equals("Cache Lookup Written")
                && System.nanoTime() - committed < 2_000_000_000L) {
            Thread.sleep(10);
            direct = send(lookup, Map.of("id", id), null);
        }
        long millis = (System.nanoTime() - committed) / 1_000_000;
        assertEquals(
                "Cache Lookup Written",
                direct.body().path("data").path("actor").path("name").asText());
        assertTrue(
                millis < 1000, "a direct write is visible through the kept lookup " + millis + " ms after its commit");
    }

    /**
     * A page of {@code statements(speaker:)} is a root field events-service lets gateways keep
     * whole: a statement recorded through the gateway is in the next page read, and one written
     * straight into events-service's database within a second.
     */
    @Test
    void aPageOfStatementsIsKeptWholeUntilAStatementIsWritten() throws Exception {
        String id = speakerWithAStatement("Cache Page");
        String page = "query($id: ID!) { statements(speaker: $id, first: 5) { totalCount edges { node { text } } } }";
        Answer second = keptWhole(page, Map.of("id", id));
        assertEquals(
                1,
                second.body().path("data").path("statements").path("totalCount").asInt());

        recordStatement(id, "cache-page-" + id, "Said after the page was kept");
        Answer after = send(page, Map.of("id", id), null);
        assertEquals("hit=0 miss=1", after.cache(), "the write dropped the kept page before it was acknowledged");
        assertEquals(
                2,
                after.body().path("data").path("statements").path("totalCount").asInt(),
                "read-your-writes through the gateway: " + after.body());
        keptWhole(page, Map.of("id", id)); // kept again, once the write's own change event has come by

        long committed = writeStatementTexts(id, "Said straight into the database");
        Predicate<Answer> written = a -> a.body()
                .path("data")
                .path("statements")
                .path("edges")
                .findValuesAsText("text")
                .equals(List.of("Said straight into the database", "Said straight into the database"));
        Answer direct = send(page, Map.of("id", id), null);
        while (!written.test(direct) && System.nanoTime() - committed < 2_000_000_000L) {
            Thread.sleep(10);
            direct = send(page, Map.of("id", id), null);
        }
        long millis = (System.nanoTime() - committed) / 1_000_000;
        assertTrue(written.test(direct), "the direct write is read through the gateway: " + direct.body());
        assertTrue(millis < 1000, "a direct write is visible through the kept page " + millis + " ms after its commit");
    }

    @Test
    void aWriteStraightIntoTheActorsDatabaseIsVisibleThroughTheGatewayWithinASecond() throws Exception {
        String id = speakerWithAStatement("Cache Direct");
        readUntil(id, r -> r.hits() == 1 && r.name().equals("Cache Direct"), "the old name is cached");
        double changes = invalidations("change");

        long committed = writeName(id, "Cache Direct Written");

        Read read = read(id);
        while (!read.name().equals("Cache Direct Written") && System.nanoTime() - committed < 2_000_000_000L) {
            Thread.sleep(10);
            read = read(id);
        }
        long millis = (System.nanoTime() - committed) / 1_000_000;
        System.out.println("[e2e] a direct write was read through the gateway " + millis + " ms after its commit");
        assertEquals("Cache Direct Written", read.name());
        // the issue's bound for a write the gateway did not make: heard through /changes, not aged out (60s)
        assertTrue(millis < 1000, "visible " + millis + " ms after the commit");
        assertTrue(invalidations("change") > changes, "the change stream announced the write");
    }

    @Test
    void withoutTheChangeStreamTheCacheIsBypassedAndUsedAgainWhenTheStreamIsBack() throws Exception {
        String id = speakerWithAStatement("Cache Outage");
        readUntil(id, r -> r.hits() == 1 && r.name().equals("Cache Outage"), "the old name is cached");
        double bypassed = cacheMetric("bypasses", "actors");
        double streamDrops = invalidations("stream");

        // actors-service loses its database listener (as when PostgreSQL drops the connection): it
        // closes /changes for the second before it connects again, and the gateway hears nothing
        Read during = null;
        for (int attempt = 0; attempt < 3 && during == null; attempt++) {
            assertTrue(terminateListener() > 0, "actors-service listens to its database");
            during = readWithin(id, r -> r.bypasses() > 0, 40);
        }
        assertNotNull(during, "the gateway went past the cache while it could not hear actors-service");
        // a write it cannot hear, while the cache still holds the old name
        writeName(id, "Cache Outage Written");
        assertEquals("Cache Outage Written", read(id).name(), "no stale answer while the stream is down");
        assertTrue(cacheMetric("bypasses", "actors") > bypassed, "the metrics count the bypass");

        Read back = readUntil(id, r -> r.hits() == 1, "the cache answers again once the stream is back");
        assertEquals("Cache Outage Written", back.name());
        assertTrue(invalidations("stream") > streamDrops, "the returning stream said writes were missed");
    }

    /**
     * Readers and writers at once: two actors renamed through the gateway, one written straight
     * into the database. A read begun after a rename through the gateway was acknowledged returns
     * that name or a later one; a read begun a second after a direct write committed returns that
     * write or a later one; and the cache answered some of the reads.
     */
    @Test
    void concurrentReadersNeverSeeANameOlderThanTheWritesTheyCouldKnowOf() throws Exception {
        int actors = 3;
        int writes = 12;
        List<String> ids = new ArrayList<>();
        for (int a = 0; a < actors; a++) {
            ids.add(speakerWithAStatement(name(a, 0)));
        }
        // per actor: the latest write acknowledged (through the gateway) or committed (directly), and when
        AtomicLongArray acknowledged = new AtomicLongArray(actors);
        List<long[]> committedAt = new ArrayList<>();
        for (int a = 0; a < actors; a++) {
            committedAt.add(new long[writes + 1]);
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger hits = new AtomicInteger();
        ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(actors + 6);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int a = 0; a < actors; a++) {
                int actor = a;
                boolean direct = a == actors - 1;
                writers.add(pool.submit(() -> {
                    for (int n = 1; n <= writes; n++) {
                        if (direct) {
                            committedAt.get(actor)[n] = writeName(ids.get(actor), name(actor, n));
                        } else {
                            rename(ids.get(actor), name(actor, n));
                        }
                        acknowledged.set(actor, n);
                        Thread.sleep(150); // room for reads to fill the cache and hit it
                    }
                    return null;
                }));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 6; r++) {
                readers.add(pool.submit(() -> {
                    while (writing.get()) {
                        int actor = ThreadLocalRandom.current().nextInt(actors);
                        boolean direct = actor == actors - 1;
                        long start = System.nanoTime();
                        long floor = direct
                                ? heardBy(committedAt.get(actor), acknowledged.get(actor), start)
                                : acknowledged.get(actor);
                        Read read = read(ids.get(actor));
                        reads.incrementAndGet();
                        hits.addAndGet(read.hits());
                        long seen = sequence(read.name(), actor);
                        if (seen < floor) {
                            violations.add("actor " + actor + ": read " + read + " after write " + floor);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
        System.out.println("[e2e] concurrent reads: " + reads.get() + ", answered from the cache: " + hits.get());
        assertEquals(List.of(), List.copyOf(violations), "stale reads among " + reads.get());
        assertTrue(hits.get() > 0, "the cache answered some of the " + reads.get() + " reads");
        for (int a = 0; a < actors; a++) {
            assertEquals(name(a, writes), read(ids.get(a)).name(), "every actor's last write is read at the end");
        }
    }

    /** The latest direct write a read begun at {@code start} must see: committed a second before it. */
    private static long heardBy(long[] committedAt, long latest, long start) {
        for (long n = latest; n > 0; n--) {
            if (start - committedAt[(int) n] >= 1_000_000_000L) {
                return n;
            }
        }
        return 0;
    }

    private static String name(int actor, int write) {
        return "Cache Concurrent " + actor + " #" + write;
    }

    private static long sequence(String name, int actor) {
        String prefix = "Cache Concurrent " + actor + " #";
        if (!name.startsWith(prefix)) {
            throw new AssertionError("another actor's name: " + name);
        }
        return Long.parseLong(name.substring(prefix.length()));
    }

    /** A new person who made one statement, so that the statement's speaker is an entity fetch. */
    private static String speakerWithAStatement(String name) throws Exception {
        int n;
        synchronized (EntityCacheIT.class) {
            n = ++created;
        }
        String id = mutate(
                        "mutation($i: ActorInput!) { createActor(input: $i) { id } }",
                        Map.of("i", Map.of("handle", "cache-e2e-" + n, "kind", "PERSON", "name", name)))
                .path("createActor")
                .path("id")
                .asText();
        recordStatement(id, "cache-e2e-" + n, "Said for the entity cache " + n);
        return id;
    }

    private static void recordStatement(String speaker, String key, String text) throws Exception {
        mutate(
                "mutation($i: StatementInput!) { recordStatement(input: $i) { id } }",
                Map.of(
                        "i",
                        Map.of(
                                "key",
                                key,
                                "kind",
                                "QUOTE",
                                "text",
                                text,
                                "speakerId",
                                speaker,
                                "sourceId",
                                source,
                                "date",
                                "2031")));
    }

    /** Renames an actor through the gateway (updateActor replaces every field: kind and handle as created). */
    private static void rename(String id, String name) throws Exception {
        JsonNode actor = query("query($id: ID!) { actor(id: $id) { handle kind version } }", Map.of("id", id))
                .path("actor");
        mutate(
                "mutation($id: ID!, $i: ActorInput!, $v: Int!) { updateActor(id: $id, input: $i, version: $v) { id } }",
                Map.of(
                        "id",
                        id,
                        "v",
                        actor.path("version").asInt(),
                        "i",
                        Map.of(
                                "handle",
                                actor.path("handle").asText(),
                                "kind",
                                actor.path("kind").asText(),
                                "name",
                                name)));
    }

    private static JsonNode mutate(String document, Map<String, Object> variables) throws Exception {
        JsonNode response = graphql(document, variables, token());
        if (response.has("errors")) {
            throw new AssertionError("unexpected errors: " + response.get("errors"));
        }
        return response.path("data");
    }

    /**
     * Writes an actor's name as another program would, straight into actors-service's database
     * (autocommit), and returns when the commit was acknowledged ({@link System#nanoTime()}).
     */
    private static long writeName(String id, String name) throws SQLException {
        try (Connection db = actorsDatabase();
                PreparedStatement update =
                        db.prepareStatement("UPDATE actor SET name = ?, version = version + 1 WHERE id = ?")) {
            update.setString(1, name);
            update.setLong(2, Long.parseLong(id));
            assertEquals(1, update.executeUpdate());
            return System.nanoTime();
        }
    }

    /**
     * Sends a query whose one fetch may be kept whole until the gateway answers it from its memory
     * (the write that made its data may still be on its way through the change stream, and drop
     * what was kept once more); returns that answer, which must equal the first.
     */
    private static Answer keptWhole(String query, Map<String, Object> variables) throws Exception {
        Answer first = send(query, variables, null);
        Answer kept = send(query, variables, null);
        for (int i = 0; i < PATIENCE && !kept.cache().equals("hit=1 miss=0"); i++) {
            Thread.sleep(50);
            kept = send(query, variables, null);
        }
        assertEquals("hit=1 miss=0", kept.cache(), "answered from the gateway's memory");
        assertEquals(first.body(), kept.body());
        return kept;
    }

    /** Rewrites the text of every statement of a speaker straight in events-service's database; when it committed. */
    private static long writeStatementTexts(String speaker, String text) throws SQLException {
        try (Connection db = DriverManager.getConnection(stack().postgres().jdbcUrl("events"));
                PreparedStatement update = db.prepareStatement("UPDATE statement SET text = ? WHERE speaker_id = ?")) {
            update.setString(1, text);
            update.setLong(2, Long.parseLong(speaker));
            assertEquals(2, update.executeUpdate());
            return System.nanoTime();
        }
    }

    /** Ends the database session in which actors-service listens for its writes; the sessions ended. */
    private static int terminateListener() throws SQLException {
        try (Connection db = actorsDatabase();
                PreparedStatement terminate = db.prepareStatement(
                        // the sessions are chosen first, so that no other one is ever terminated
                        "WITH listener AS MATERIALIZED (SELECT pid FROM pg_stat_activity"
                                + " WHERE datname = 'actors' AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid())"
                                + " SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM listener")) {
            try (ResultSet result = terminate.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static Connection actorsDatabase() throws SQLException {
        return DriverManager.getConnection(stack().postgres().jdbcUrl("actors")); // the URL names the user
    }

    private static Read read(String id) throws IOException, InterruptedException {
        Answer answer = send(SPEAKER_NAME, Map.of("id", id, "source", source), null);
        assertFalse(answer.body().has("errors"), answer.body().toString());
        String name = answer.body()
                .path("data")
                .path("statements")
                .path("edges")
                .path(0)
                .path("node")
                .path("speaker")
                .path("name")
                .asText();
        Matcher m = TALLY.matcher(answer.cache());
        if (!m.matches()) {
            throw new AssertionError("an entity fetch without a cache tally: '" + answer.cache() + "'");
        }
        return new Read(
                name,
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    /** Reads until a read satisfies {@code wanted}, at most {@link #PATIENCE} times. */
    private static Read readUntil(String id, Predicate<Read> wanted, String what) throws Exception {
        Read read = readWithin(id, wanted, PATIENCE);
        assertNotNull(read, what);
        return read;
    }

    private static Read readWithin(String id, Predicate<Read> wanted, int reads) throws Exception {
        for (int i = 0; i < reads; i++) {
            Read read = read(id);
            if (wanted.test(read)) {
                return read;
            }
            Thread.sleep(50);
        }
        return null;
    }

    private static double cacheMetric(String what, String subgraph) throws Exception {
        double value = new PrometheusText(gatewayMetrics())
                .sum("entente_gateway_entity_cache_" + what + "_total", l -> subgraph.equals(l.get("subgraph")));
        return Double.isNaN(value) ? 0 : value;
    }

    private static double invalidations(String reason) throws Exception {
        double value = new PrometheusText(gatewayMetrics())
                .sum(
                        "entente_gateway_entity_cache_invalidations_total",
                        l -> "actors".equals(l.get("subgraph")) && reason.equals(l.get("reason")));
        return Double.isNaN(value) ? 0 : value;
    }
}
