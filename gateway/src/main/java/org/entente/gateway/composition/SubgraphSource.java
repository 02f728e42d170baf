package org.entente.gateway.composition;

/** A subgraph to compose: its name, endpoint and SDL as it prints it for {@code _service { sdl }}. */
public record SubgraphSource(String name, String url, String sdl) {}
