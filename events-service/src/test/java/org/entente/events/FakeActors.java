package org.entente.events;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/** Test-side handle on {@link FakeActorsServiceResource}: teach it actors, switch its mode, count its requests. */
public final class FakeActors {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** Every test takes fresh actor ids, so tests sharing one database never see each other's data. */
    private static final AtomicLong NEXT_ID = new AtomicLong(1000);

    private FakeActors() {}

    /** A new actor id that actors-service knows. */
    public static long knownActor() {
        long id = NEXT_ID.incrementAndGet();
        know(id);
        return id;
    }

    /** A new actor id that actors-service does not know. */
    public static long unknownActor() {
        return NEXT_ID.incrementAndGet();
    }

    public static void know(long... ids) {
        send("/known", Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(",")));
    }

    /** From now on actors-service answers {@code merged} as {@code kept}, as after mergeActors. */
    public static void merged(long merged, long kept) {
        send("/merged", merged + "=" + kept);
    }

    /** Publishes a step of the merge outbox (actorMergeSteps), as actors-service's merges and unmerges do. */
    public static void publishStep(
            long seq, String action, long mergeId, long keep, long merged, String reason, String editor) {
        boolean merging = action.equals("MERGE");
        JsonObjectBuilder merge = Json.createObjectBuilder()
                .add("id", Long.toString(mergeId))
                .add("keep", Json.createObjectBuilder().add("id", Long.toString(keep)))
                .add("merged", Json.createObjectBuilder().add("id", Long.toString(merged)))
                .add("reason", reason)
                .add("mergedBy", editor);
        if (merging) {
            merge.addNull("unmergedBy").addNull("unmergeReason");
        } else {
            merge.add("unmergedBy", editor).add("unmergeReason", reason);
        }
        send(
                "/merge-steps",
                Json.createObjectBuilder()
                        .add("seq", seq)
                        .add("action", action)
                        .add("merge", merge)
                        .build()
                        .toString());
    }

    /** UP, UNAVAILABLE (HTTP 503), SLOW (answers after the timeout), REFUSE (stopped) or ERRORS (GraphQL errors, no data). */
    public static void mode(String mode) {
        send("/mode", mode);
    }

    public static int requests() {
        return Integer.parseInt(send("/requests", null));
    }

    private static String send(String path, String body) {
        String admin = ConfigProvider.getConfig().getValue("fake-actors.admin-url", String.class);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(admin + path));
        request = body == null ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(body));
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
