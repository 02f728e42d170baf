package org.entente.relations;

import io.vertx.core.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entente.gateway.plugin.OperationRefusedException;
import org.entente.gateway.plugin.ResponseError;

/** What every read of the federated graph by the relations shares: chunks read one after the other, and failures. */
final class GraphReads {

    private GraphReads() {}

    /**
     * Reads {@code ids} in chunks of {@code size}, one operation after the other (a subgraph builds its
     * whole answer in memory: one chunk at a time bounds it), the chunks' maps merged in order.
     */
    static <T> Future<Map<String, T>> inChunks(
            List<String> ids, int size, Function<List<String>, Future<Map<String, T>>> read) {
        Map<String, T> all = new LinkedHashMap<>();
        Future<Void> done = Future.succeededFuture();
        for (int start = 0; start < ids.size(); start += size) {
            List<String> chunk = ids.subList(start, Math.min(ids.size(), start + size));
            done = done.compose(previous -> read.apply(chunk).map(part -> {
                all.putAll(part);
                return null;
            }));
        }
        return done.map(none -> all);
    }

    /** A failed operation, as the client sees it. */
    static <T> Future<T> failed(Throwable failure) {
        return Future.failedFuture(
                new RelationsException("Relationship query failed: " + reason(failure), "INTERNAL", Map.of()));
    }

    /** A refused document means the supergraph lacks what the relations need (e.g. no actors and events subgraphs). */
    static String reason(Throwable failure) {
        return failure instanceof OperationRefusedException refused
                ? "the supergraph cannot answer a relationship query: "
                        + refused.errors().stream().map(ResponseError::message).toList()
                : failure.getMessage();
    }

    /**
     * An error inside an entry of a list of the answer that came back null is how an unknown entity
     * shows (its owner answered null); a refused id is the client's; any other error means the
     * graph could not be read completely.
     */
    static void failOnErrors(List<ResponseError> errors, Map<String, Object> data) {
        for (ResponseError error : errors) {
            if (ResponseError.SUBGRAPH_UNAVAILABLE.equals(error.code())) {
                throw new RelationsException(error.message(), ResponseError.SUBGRAPH_UNAVAILABLE, Map.of());
            }
            if (ResponseError.BAD_USER_INPUT.equals(error.code())) {
                // the ids are the only part of the query a client chose (dates are parsed before): a
                // subgraph refused them, e.g. for a lone surrogate, which is the client's doing
                throw RelationsException.badInput(error.message());
            }
            List<Object> path = error.path();
            List<?> entries = path.isEmpty() ? List.of() : entries(data, String.valueOf(path.get(0)));
            boolean insideUnknownEntry = path.size() > 1
                    && path.get(1) instanceof Number i
                    && i.intValue() < entries.size()
                    && entries.get(i.intValue()) == null;
            if (!insideUnknownEntry) {
                throw new RelationsException(
                        "Relationship query failed: " + error.message(), ResponseError.INTERNAL, Map.of());
            }
        }
    }

    /** The entries of the list {@code field} of an answer's data; empty when there is none. */
    static List<?> entries(Map<String, Object> data, String field) {
        return data != null && data.get(field) instanceof List<?> list ? list : List.of();
    }
}
