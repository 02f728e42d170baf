package org.entente.subgraph.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** The HTTP exchange of the operation running on this thread, for the instrumentations that watch its caller. */
final class CurrentExchange {
    /** A client proxy of the request-scoped bean, looked up once: the container is not up when the instrumentations are built. */
    private static volatile CurrentVertxRequest currentRequest;

    private CurrentExchange() {}

    /** This thread's exchange, or null outside a request (no container, no active request context). */
    static RoutingContext current() {
        ArcContainer container = Arc.container();
        return container != null && container.requestContext().isActive() ? exchange(container) : null;
    }

    /**
     * Whether the caller of the operation starting on this thread has closed its connection: the
     * response says so, or Quarkus has already ended the request's context, which its handlers do
     * when the connection closes (an operation cannot read the database without it).
     */
    static boolean callerGone() {
        ArcContainer container = Arc.container();
        if (container == null) {
            return false;
        }
        if (!container.requestContext().isActive()) {
            return true;
        }
        RoutingContext exchange = exchange(container);
        return exchange != null && exchange.response().closed();
    }

    /** The exchange of the active request context. */
    private static RoutingContext exchange(ArcContainer container) {
        CurrentVertxRequest proxy = currentRequest;
        if (proxy == null) {
            proxy = container.instance(CurrentVertxRequest.class).get();
            currentRequest = proxy;
        }
        return proxy.getCurrent();
    }
}
