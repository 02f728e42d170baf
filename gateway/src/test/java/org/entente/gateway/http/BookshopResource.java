package org.entente.gateway.http;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.entente.gateway.fixtures.Bookshop;

import java.util.Map;
import java.util.stream.Collectors;

/** Starts the fixture subgraph servers before Quarkus and points the gateway at them. */
public class BookshopResource implements QuarkusTestResourceLifecycleManager {

    static Bookshop shop;

    @Override
    public Map<String, String> start() {
        shop = new Bookshop();
        String subgraphs = shop.urls().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        return Map.of("entente.gateway.subgraphs", subgraphs);
    }

    @Override
    public void stop() {
        shop.close();
    }
}
