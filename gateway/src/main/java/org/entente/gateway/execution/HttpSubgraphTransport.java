package org.entente.gateway.execution;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.ResponseError;
import org.entente.gateway.plugin.SubgraphRequest;
import org.jboss.logging.Logger;

/**
 * Talks to subgraphs over HTTP with one pooled, keep-alive, non-blocking Vert.x client. Each
 * request is limited by the subgraph timeout and by its client's deadline; anything but a JSON
 * GraphQL response — or one that refuses the whole operation as SUBGRAPH_UNAVAILABLE — fails the
 * future with a {@link SubgraphUnavailableException} whose category a client may read, the details
 * (URL, exception) going to the log. A read whose pooled connection turns out to be closed is sent
 * once more.
 */
public final class HttpSubgraphTransport implements SubgraphTransport, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpSubgraphTransport.class);

    private final Vertx vertx;
    private final HttpClient client;
    private final Map<String, String> urls;
    private final long timeoutMillis;
    private final SubgraphMetrics metrics;

    public HttpSubgraphTransport(Vertx vertx, Map<String, String> urls, Duration timeout, SubgraphMetrics metrics) {
        this.vertx = vertx;
        this.client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(64).setConnectTimeout((int)
                        Math.min(timeout.toMillis(), Integer.MAX_VALUE)));
        this.urls = Map.copyOf(urls);
        this.timeoutMillis = timeout.toMillis();
        this.metrics = metrics;
    }

    @Override
    public Future<Map<String, Object>> send(SubgraphRequest request) {
        String url = urls.get(request.service());
        if (url == null) {
            return Future.failedFuture(new SubgraphUnavailableException(
                    SubgraphUnavailableException.Reason.NO_URL, "no URL for subgraph " + request.service(), null));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", request.query());
        if (!request.variables().isEmpty()) {
            body.put("variables", request.variables());
        }
        long start = System.nanoTime();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(url)
                .putHeader("Content-Type", "application/json")
                .putHeader("Accept", "application/json");
        if (request.authorization() != null) {
            options.putHeader("Authorization", request.authorization());
        }
        Buffer payload = Json.encodeToBuffer(body);
        Future<Map<String, Object>> result = exchange(options, payload, request.deadline())
                .recover(failure -> isConnectionLost(failure) && !isMutation(request)
                        ? exchange(options, payload, request.deadline())
                        : Future.failedFuture(failure));
        return result.andThen(done -> metrics.record(request.service(), System.nanoTime() - start, done.succeeded()))
                .recover(failure -> {
                    SubgraphUnavailableException unavailable = classify(failure);
                    if (unavailable.reason() == SubgraphUnavailableException.Reason.DEADLINE) {
                        LOG.debugf("Request to subgraph %s abandoned at its client's deadline", request.service());
                    } else {
                        LOG.warnf(
                                "Subgraph %s at %s did not answer (%s): %s",
                                request.service(), url, unavailable.category(), unavailable.getMessage());
                    }
                    return Future.failedFuture(unavailable);
                });
    }

    /** The failure in a category a client may read, with the details kept for the log. */
    private static SubgraphUnavailableException classify(Throwable failure) {
        if (failure instanceof SubgraphUnavailableException known) {
            return known;
        }
        SubgraphUnavailableException.Reason reason;
        if (failure instanceof TimeoutException) {
            reason = SubgraphUnavailableException.Reason.TIMEOUT;
        } else if (failure instanceof ConnectException || failure instanceof UnknownHostException) {
            reason = SubgraphUnavailableException.Reason.CANNOT_CONNECT;
        } else if (isConnectionLost(failure)) {
            reason = SubgraphUnavailableException.Reason.CONNECTION_CLOSED;
        } else {
            reason = SubgraphUnavailableException.Reason.UNREADABLE;
        }
        return new SubgraphUnavailableException(reason, String.valueOf(failure), failure);
    }

    /**
     * One attempt, limited to the subgraph timeout or the time left to the deadline, whichever is
     * shorter, from asking for a connection to the last byte of the answer: a subgraph that trickles
     * its answer is cut off too. When the limit is reached the request is reset (its connection
     * closed), so that the subgraph is not left working for nobody.
     */
    private Future<Map<String, Object>> exchange(RequestOptions options, Buffer payload, Deadline deadline) {
        long left = deadline.remainingMillis();
        if (left == 0) {
            return Future.failedFuture(new SubgraphUnavailableException(
                    SubgraphUnavailableException.Reason.DEADLINE, "the request deadline had passed", null));
        }
        boolean deadlineFirst = left < timeoutMillis;
        Promise<Map<String, Object>> answer = Promise.promise();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        long timer = vertx.setTimer(Math.min(left, timeoutMillis), id -> {
            SubgraphUnavailableException expired = expired(deadlineFirst);
            if (answer.tryFail(expired) && sent.get() != null) {
                sent.get().reset(0, expired);
            }
        });
        client.request(options)
                .compose(req -> {
                    sent.set(req);
                    if (answer.future().isComplete()) { // the limit passed while waiting for a connection
                        req.reset();
                        return Future.failedFuture(answer.future().cause());
                    }
                    // body() is asked for in the callback that receives the response: chained after
                    // it instead, from a caller outside Vert.x (a test, a plugin's thread), it could
                    // come after the body had arrived and read HTTP 200 with an empty body
                    return req.send(payload)
                            .compose(resp -> resp.body().map(buffer -> {
                                Map<String, Object> decoded = decode(resp.statusCode(), buffer);
                                String cacheControl = resp.getHeader(HttpHeaders.CACHE_CONTROL);
                                if (cacheControl != null) {
                                    decoded.put(CACHE_CONTROL, cacheControl);
                                }
                                return decoded;
                            }));
                })
                .onComplete(done -> {
                    vertx.cancelTimer(timer);
                    if (done.succeeded()) {
                        answer.tryComplete(done.result());
                    } else {
                        answer.tryFail(done.cause());
                    }
                });
        return answer.future();
    }

    private SubgraphUnavailableException expired(boolean deadlineFirst) {
        return deadlineFirst
                ? new SubgraphUnavailableException(
                        SubgraphUnavailableException.Reason.DEADLINE, "reset at the request deadline", null)
                : new SubgraphUnavailableException(
                        SubgraphUnavailableException.Reason.TIMEOUT,
                        "no complete answer within " + timeoutMillis + " ms",
                        null);
    }

    /**
     * A pooled keep-alive connection can be closed by the subgraph (idle timeout, restart) just as
     * it is reused: the request then fails at once, the connection closed or reset. Reads are sent
     * again once, on a new connection; a mutation is not, since the subgraph may have applied it.
     * A timeout is not a lost connection: it is never repeated.
     */
    private static boolean isConnectionLost(Throwable failure) {
        return failure instanceof HttpClosedException || failure instanceof IOException;
    }

    private static boolean isMutation(SubgraphRequest request) {
        return request.query().stripLeading().startsWith("mutation");
    }

    /** A GraphQL response in any status; anything else is an unreadable answer, or its status when not 200. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> decode(int status, Buffer buffer) {
        Object json;
        try {
            json = Json.decodeValue(buffer);
        } catch (RuntimeException e) {
            throw notGraphQL(status, "HTTP " + status + " without a JSON body", e);
        }
        if (!(json instanceof JsonObject object) || (!object.containsKey("data") && !object.containsKey("errors"))) {
            throw notGraphQL(status, "HTTP " + status + " without a GraphQL response", null);
        }
        if (refusedAsUnavailable(object)) {
            throw new SubgraphUnavailableException(
                    SubgraphUnavailableException.Reason.REFUSED,
                    "HTTP " + status + ", no data, every error SUBGRAPH_UNAVAILABLE: "
                            + object.getJsonArray("errors").encode(),
                    null);
        }
        return object.getMap();
    }

    /**
     * No data and nothing but SUBGRAPH_UNAVAILABLE errors: the subgraph turned the whole operation
     * away (our services do when their queue is full or their database is down).
     */
    private static boolean refusedAsUnavailable(JsonObject answer) {
        if (answer.getValue("data") != null
                || !(answer.getValue("errors") instanceof JsonArray errors)
                || errors.isEmpty()) {
            return false;
        }
        for (Object error : errors) {
            if (!(error instanceof JsonObject e)
                    || !(e.getValue("extensions") instanceof JsonObject extensions)
                    || !ResponseError.SUBGRAPH_UNAVAILABLE.equals(extensions.getValue("code"))) {
                return false;
            }
        }
        return true;
    }

    private static SubgraphUnavailableException notGraphQL(int status, String detail, Throwable cause) {
        return status == 200
                ? new SubgraphUnavailableException(SubgraphUnavailableException.Reason.UNREADABLE, detail, cause)
                : SubgraphUnavailableException.httpStatus(status, detail, cause);
    }

    @Override
    public void close() {
        client.close();
    }
}
