package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.channel.EventLoopGroup;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventLoopPerCoreTest {

    @Inject
    Vertx vertx;

    @Test
    void oneEventLoopPerCpuWhereQuarkusWouldStartTwo() {
        assertEquals(1, EventLoopPerCore.eventLoops(Optional.empty(), 1), "Quarkus starts at least two");
        assertEquals(4, EventLoopPerCore.eventLoops(Optional.empty(), 4));
    }

    @Test
    void aConfiguredNumberStillDecides() {
        assertEquals(3, EventLoopPerCore.eventLoops(Optional.of(3), 1));
        assertEquals(1, EventLoopPerCore.eventLoops(Optional.of(0), 1), "not a number of loops: one per CPU");
    }

    @Test
    void theRunningGatewayHasOneLoopPerCpu() {
        EventLoopGroup loops = ((VertxInternal) vertx).getEventLoopGroup();
        int count = 0;
        for (var ignored : loops) {
            count++;
        }
        assertEquals(Runtime.getRuntime().availableProcessors(), count);
    }
}
