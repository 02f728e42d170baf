package org.entente.gateway.cache;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.parsetools.RecordParser;
import java.net.URI;
import org.jboss.logging.Logger;

/**
 * Listens to one subgraph's change stream (Server-Sent Events at {@code changes} next to its
 * GraphQL endpoint) and keeps the entity cache true to it: the subgraph is cached only while the
 * stream is heard, every {@code change} event drops the subgraph's entries, and a stream that ends,
 * fails or stays silent for {@link #SILENCE_MILLIS} (the subgraph sends a comment four times a
 * second) suspends the subgraph at once and is opened again. On its return the stream's first event
 * says whether anything was missed since the last event id the gateway saw ({@code ready}) or not
 * known ({@code reset}): only then are the entries kept. Everything happens on an event loop and
 * nothing blocks.
 */
public final class ChangeStream implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ChangeStream.class);
    /** A stream that says nothing for this long is taken as lost. */
    static final long SILENCE_MILLIS = 1000;
    /** Pause before opening a lost stream again. */
    static final long RETRY_MILLIS = 500;

    private final Vertx vertx;
    /** Everything of this stream runs here, one thing at a time. */
    private final Context context;

    private final HttpClient client;
    private final String service;
    private final String url;
    private final EntityCache cache;

    private boolean closed;
    private HttpClientResponse current;
    private long watchdog = -1;
    private long heardAt;
    private String lastId;
    private String eventId;
    private String eventName;

    public ChangeStream(Vertx vertx, String service, String graphqlUrl, EntityCache cache) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(1)
                .setConnectTimeout((int) SILENCE_MILLIS)
                .setKeepAlive(false));
        this.service = service;
        this.url = URI.create(graphqlUrl).resolve("changes").toString();
        this.cache = cache;
    }

    /** The stream's address: {@code changes} resolved against the subgraph's GraphQL URL. */
    public String url() {
        return url;
    }

    public void start() {
        context.runOnContext(v -> connect());
    }

    private void connect() {
        if (closed) {
            return;
        }
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(url)
                .putHeader("Accept", "text/event-stream")
                .setIdleTimeout(0);
        if (lastId != null) {
            options.putHeader("Last-Event-ID", lastId);
        }
        client.request(options).compose(request -> request.send()).onComplete(sent -> {
            if (sent.failed()) {
                lost("cannot connect: " + sent.cause().getMessage());
            } else if (sent.result().statusCode() != 200) {
                sent.result().request().reset();
                lost("HTTP " + sent.result().statusCode());
            } else {
                listen(sent.result());
            }
        });
    }

    private void listen(HttpClientResponse response) {
        current = response;
        heardAt = System.nanoTime();
        eventId = null;
        eventName = null;
        RecordParser lines = RecordParser.newDelimited("\n", this::line);
        response.handler(chunk -> {
            heardAt = System.nanoTime();
            lines.handle(chunk);
        });
        response.endHandler(v -> lost("ended"));
        response.exceptionHandler(e -> lost(String.valueOf(e.getMessage())));
        watchdog = vertx.setPeriodic(SILENCE_MILLIS / 4, id -> {
            if (System.nanoTime() - heardAt > SILENCE_MILLIS * 1_000_000) {
                lost("silent for " + SILENCE_MILLIS + " ms");
            }
        });
    }

    /** One line of the event stream: a field of the event being read, a comment, or its end. */
    private void line(Buffer buffer) {
        String line = buffer.toString().replace("\r", "");
        if (line.isEmpty()) {
            dispatch();
        } else if (line.startsWith("id:")) {
            eventId = line.substring(3).strip();
        } else if (line.startsWith("event:")) {
            eventName = line.substring(6).strip();
        }
        // comments (heartbeats) and data need nothing more
    }

    private void dispatch() {
        if (eventName == null) {
            return;
        }
        switch (eventName) {
            case "ready" -> cache.resume(service, false);
            case "reset" -> cache.resume(service, true);
            case "change" -> cache.invalidate(service, "change");
            default -> LOG.debugf("Change stream of %s sent an unknown event %s", service, eventName);
        }
        if (eventId != null) {
            lastId = eventId;
        }
        eventId = null;
        eventName = null;
    }

    private void lost(String why) {
        cache.suspend(service);
        if (watchdog >= 0) {
            vertx.cancelTimer(watchdog);
            watchdog = -1;
        }
        if (current != null) {
            HttpClientResponse response = current;
            current = null;
            response.handler(null).endHandler(null).exceptionHandler(null);
            response.request().reset();
            LOG.warnf("Lost the change stream of subgraph %s (%s): not cached until it is back", service, why);
        } else {
            LOG.debugf("No change stream from subgraph %s (%s)", service, why);
        }
        if (!closed) {
            vertx.setTimer(RETRY_MILLIS, id -> connect());
        }
    }

    @Override
    public void close() {
        context.runOnContext(v -> {
            closed = true;
            cache.suspend(service);
            if (current != null) {
                current.request().reset();
            }
            client.close();
        });
    }
}
