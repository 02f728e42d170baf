package org.entente.gateway.execution;

import io.vertx.core.Future;

import java.util.Map;

/**
 * A subgraph served inside the gateway process (e.g. relationship queries computed by the
 * gateway). It is composed like any other subgraph from its {@link #sdl()} and planned like one;
 * its fetches are executed by {@link #execute} instead of going over HTTP. Its URL in the
 * supergraph is {@code local:<name>}.
 */
public interface LocalSubgraph {

    String name();

    /** Federation 2 subgraph SDL, as a subgraph would answer {@code _service { sdl }}. */
    String sdl();

    /** Executes a subgraph operation ({@code query}, {@code variables}); answers {@code {data, errors}}. */
    Future<Map<String, Object>> execute(SubgraphRequest request);
}
