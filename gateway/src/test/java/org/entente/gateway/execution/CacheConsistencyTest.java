package org.entente.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.DataFetcher;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.gateway.cache.CacheMetrics;
import org.entente.gateway.cache.ChangeStream;
import org.entente.gateway.cache.EntityCache;
import org.entente.gateway.composition.Composer;
import org.entente.gateway.composition.SubgraphSource;
import org.entente.gateway.fixtures.FixtureServer;
import org.entente.gateway.planning.CostModel;
import org.entente.gateway.planning.OperationLimits;
import org.entente.gateway.planning.OperationPreparer;
import org.entente.gateway.planning.PreparedOperation;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No read through the cached gateway returns what an acknowledged write replaced. Two people are
 * the authors of two posts; one is renamed through the gateway, the other (in a test of its own) at
 * the subgraph itself
 * (its store changed, then its change stream told, as a subgraph's commit and trigger do), each
 * write numbering the name. Readers ask for the posts' authors through the gateway all the while
 * (the names come from the people subgraph's {@code _entities}, which the gateway caches), with the
 * subgraph answering late so that reads overlap writes, and check every answer: the name written
 * through the gateway carries at least the number of the last such write acknowledged before the
 * read began (read-your-writes), the other at least that of the last write made a second before
 * (the change stream's promise). The cache must have answered reads, or the test proves nothing.
 */
class CacheConsistencyTest {

    private static final String PEOPLE = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
            type Query { person(id: ID!): Person }
            type Mutation { rename(id: ID!, name: String!): Person! }
            type Person @key(fields: "id") { id: ID! name: String! }
            """;
    private static final String POSTS = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
            type Query { posts: [Post!]! }
            type Post @key(fields: "id") { id: ID! author: Person! }
            type Person @key(fields: "id", resolvable: false) { id: ID! }
            """;
    private static final String READ = "{ posts { author { id name } } }";
    private static final int WRITES = 40;
    private static final int READERS = 3;
    private static final long DIRECT_DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Map<String, String> names = new ConcurrentHashMap<>(Map.of("p1", "via gateway 0", "p2", "direct 0"));
    private Vertx vertx;
    private FixtureServer people;
    private FixtureServer posts;
    private OperationPreparer preparer;
    private GatewayExecutor executor;
    private EntityCache cache;
    private ChangeStream stream;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        people = new FixtureServer(
                "people",
                PEOPLE,
                List.of("Person"),
                w -> w.type(
                                "Query",
                                t -> t.dataFetcher("person", env -> person(env.getArgument("id")))
                                        .dataFetcher("_entities", (DataFetcher<List<Object>>) env -> {
                                            List<Object> found = new ArrayList<>();
                                            for (Map<String, Object> rep :
                                                    env.<List<Map<String, Object>>>getArgument("representations")) {
                                                found.add(person((String) rep.get("id")));
                                            }
                                            return found;
                                        }))
                        .type(
                                "Mutation",
                                t -> t.dataFetcher("rename", env -> {
                                    names.put(env.getArgument("id"), env.getArgument("name"));
                                    return person(env.getArgument("id"));
                                })),
                null);
        posts = new FixtureServer(
                "posts",
                POSTS,
                List.of("Post"),
                w -> w.type(
                        "Query",
                        t -> t.dataFetcher(
                                "posts",
                                env -> List.of(
                                        Map.of("id", "x1", "author", Map.of("id", "p1")),
                                        Map.of("id", "x2", "author", Map.of("id", "p2"))))),
                null);
        Supergraph supergraph = new SupergraphParser()
                .parse(new Composer()
                        .compose(List.of(
                                new SubgraphSource("people", people.url(), PEOPLE),
                                new SubgraphSource("posts", posts.url(), POSTS))));
        preparer = new OperationPreparer(
                supergraph, new OperationLimits(20, 30, 2000), new CostModel(supergraph, Map.of(), 10), 1 << 20);
        cache = new EntityCache(1 << 20, Duration.ofSeconds(30), false, CacheMetrics.NONE);
        executor = new GatewayExecutor(
                supergraph,
                new HttpSubgraphTransport(vertx, supergraph.graphUrls(), Duration.ofSeconds(10), SubgraphMetrics.NONE),
                vertx,
                cache);
        people.cacheControl("public, max-age=60");
        stream = new ChangeStream(vertx, "people", people.url(), cache);
        stream.start();
        for (int i = 0; i < 500 && !cache.isLive("people"); i++) {
            Thread.sleep(20);
        }
        assertTrue(cache.isLive("people"), "the change stream is heard");
    }

    @AfterEach
    void stop() {
        stream.close();
        people.close();
        posts.close();
        vertx.close();
    }

    private Map<String, Object> person(String id) {
        return Map.of("__typename", "Person", "id", id, "name", names.get(id));
    }

    private record Ran(Map<String, Object> response, String header) {}

    private Ran run(String query, Map<String, Object> variables) throws Exception {
        PreparedOperation op = preparer.prepare(query, null);
        CacheTally tally = new CacheTally();
        Map<String, Object> response = executor.execute(
                        op,
                        executor.variables(op, variables),
                        null,
                        Deadline.after(Duration.ofSeconds(20)),
                        false,
                        tally)
                .toCompletionStage()
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS)
                .toSpecification();
        assertEquals(null, response.get("errors"), () -> "errors: " + response);
        return new Ran(response, tally.header());
    }

    private record Acked(int number, long at) {}

    @Test
    void noReadThroughTheGatewayReturnsWhatAWriteThroughItReplaced() throws Exception {
        interleave(true, false);
        assertEquals(
                "{data={posts=[{author={id=p1, name=via gateway 40}}, {author={id=p2, name=direct 0}}]}}",
                run(READ, Map.of()).response().toString());
    }

    @Test
    void noReadReturnsWhatAWriteAtTheSubgraphReplacedASecondAfterIt() throws Exception {
        interleave(false, true);
        assertEquals(
                "{data={posts=[{author={id=p1, name=via gateway 0}}, {author={id=p2, name=direct 40}}]}}",
                run(READ, Map.of()).response().toString());
    }

    /**
     * Writes through the gateway, at the subgraph, or both, while readers check every answer. Apart,
     * since each kind of write drops every entry of the subgraph and would hide a fault of the other.
     */
    private void interleave(boolean throughGateway, boolean atSubgraph) throws Exception {
        people.delay(15); // reads and writes overlap
        AtomicInteger gatewayAcked = new AtomicInteger();
        ConcurrentLinkedQueue<Acked> directAcked = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong hits = new AtomicLong();
        AtomicInteger reads = new AtomicInteger();
        ConcurrentLinkedQueue<String> stale = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(2 + READERS);
        try {
            Future<?> viaGateway = clients.submit(() -> {
                for (int n = 1; throughGateway && n <= WRITES; n++) {
                    run(
                            "mutation($n: String!) { rename(id: \"p1\", name: $n) { name } }",
                            Map.of("n", "via gateway " + n));
                    gatewayAcked.set(n);
                    Thread.sleep(10);
                }
                return null;
            });
            Future<?> direct = clients.submit(() -> {
                for (int n = 1; atSubgraph && n <= WRITES; n++) {
                    names.put("p2", "direct " + n); // committed at the subgraph
                    directAcked.add(new Acked(n, System.nanoTime()));
                    people.changes().change(); // its trigger's notice, on its change stream
                    Thread.sleep(25);
                }
                return null;
            });
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(clients.submit(() -> {
                    while (writing.get()) {
                        int mustSeeGateway = gatewayAcked.get();
                        long now = System.nanoTime();
                        int mustSeeDirect = directAcked.stream()
                                .filter(a -> now - a.at() >= DIRECT_DELAY_NANOS)
                                .mapToInt(Acked::number)
                                .max()
                                .orElse(0);
                        Ran ran = run(READ, Map.of());
                        reads.incrementAndGet();
                        String header = ran.header() == null ? "" : ran.header();
                        if (header.startsWith("hit=")) {
                            hits.addAndGet(Long.parseLong(header.substring(4, header.indexOf(' '))));
                        }
                        for (Object post : (List<?>) ((Map<?, ?>) ran.response().get("data")).get("posts")) {
                            Map<?, ?> author = (Map<?, ?>) ((Map<?, ?>) post).get("author");
                            String name = (String) author.get("name");
                            int seen = Integer.parseInt(name.substring(name.lastIndexOf(' ') + 1));
                            if (author.get("id").equals("p1") && seen < mustSeeGateway) {
                                stale.add("read " + name + " after gateway write " + mustSeeGateway
                                        + " was acknowledged");
                            }
                            if (author.get("id").equals("p2") && seen < mustSeeDirect) {
                                stale.add("read " + name + " a second after direct write " + mustSeeDirect);
                            }
                        }
                    }
                    return null;
                }));
            }
            viaGateway.get(2, TimeUnit.MINUTES);
            direct.get(2, TimeUnit.MINUTES);
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(DIRECT_DELAY_NANOS) + 300); // past the last write's delay
            writing.set(false);
            for (Future<?> reader : readers) {
                reader.get(1, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(List.of(), List.copyOf(stale));
        assertTrue(reads.get() > WRITES, () -> "only " + reads.get() + " reads");
        assertTrue(hits.get() > 0, "the cache answered no read: the test proved nothing");
    }
}
