package org.entente.subgraph.changes;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's change stream, {@code GET /changes}: Server-Sent Events that tell a gateway (which
 * caches this service's answers) that the service's data changed. Each write transaction that
 * commits is one {@code change} event whose data names the tables it wrote, with an id
 * {@code <epoch>-<n>}; a comment every {@link #HEARTBEAT_MILLIS} ms shows the stream is alive.
 *
 * <p>A client that connects again sends the last id it saw ({@code Last-Event-ID}); the first
 * event tells it whether it missed anything: {@code ready} when that id is the latest, else
 * {@code reset} (something changed since, or the id is from before this service's listener last
 * lost the database, or there was none): the client must then forget everything it kept.
 * While the service cannot hear its database ({@link ChangeListener}) it answers 503 and ends the
 * streams it had, so that no client believes it hears every write when it does not.
 */
@ApplicationScoped
public class ChangeFeed {

    /** A live stream shows itself this often: a client that hears nothing for a second knows it lost it. */
    static final long HEARTBEAT_MILLIS = 250;

    private record Subscriber(HttpServerResponse response, Context context) {}

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private volatile String epoch;
    private long sequence;

    void routes(@Observes Router router) {
        router.get("/changes").handler(this::subscribe);
    }

    private void subscribe(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        String first;
        synchronized (this) {
            if (epoch == null) {
                response.setStatusCode(503)
                        .putHeader(HttpHeaders.RETRY_AFTER, "1")
                        .end();
                return;
            }
            String latest = id();
            first = event(latest, latest.equals(ctx.request().getHeader("Last-Event-ID")) ? "ready" : "reset", "");
            Subscriber subscriber = new Subscriber(response, Vertx.currentContext());
            subscribers.add(subscriber);
        }
        response.setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .write(first);
        long timer = ctx.vertx().setPeriodic(HEARTBEAT_MILLIS, id -> {
            if (!response.closed() && !response.ended()) {
                response.write(":\n\n");
            }
        });
        response.closeHandler(v -> {
            ctx.vertx().cancelTimer(timer);
            subscribers.removeIf(s -> s.response() == response);
        });
        response.endHandler(v -> ctx.vertx().cancelTimer(timer));
    }

    /** The listener hears the database from now on: a new epoch, since what came before may be lost. */
    synchronized void open() {
        epoch = UUID.randomUUID().toString();
        sequence = 0;
    }

    /** The listener lost the database: no stream may go on as if it heard every write. */
    void close() {
        synchronized (this) {
            epoch = null;
        }
        for (Subscriber subscriber : subscribers) {
            subscriber.context().runOnContext(v -> subscriber.response().reset());
        }
        subscribers.clear();
    }

    /** One committed write transaction (or several that committed together), naming the tables written. */
    void publish(Collection<String> tables) {
        String message;
        synchronized (this) {
            if (epoch == null) {
                return;
            }
            sequence++;
            message = event(id(), "change", String.join(",", tables));
        }
        for (Subscriber subscriber : subscribers) {
            subscriber.context().runOnContext(v -> {
                HttpServerResponse response = subscriber.response();
                if (response.writeQueueFull()) {
                    response.reset(); // a client that does not keep up starts over, with a reset
                } else if (!response.closed() && !response.ended()) {
                    response.write(message);
                }
            });
        }
    }

    private String id() {
        return epoch + "-" + sequence;
    }

    private static String event(String id, String name, String data) {
        return "id: " + id + "\nevent: " + name + "\ndata: " + data + "\n\n";
    }
}
