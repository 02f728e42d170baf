package org.entente.cli.up;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UpCommandTest {

    @Test
    void theRunningMessageAdvertisesOnlyTheGateway() {
        String message = UpCommand.runningMessage(
                StackSettings.defaults(Path.of("/project")).withGatewayManagementPort(41234));
        assertTrue(message.contains("Explorer           http://localhost:8080/\n"), message);
        assertTrue(message.contains("http://localhost:8080/graphql"), message);
        assertTrue(message.contains("health             http://127.0.0.1:41234/q/health/ready\n"), message);
        assertTrue(message.contains("metrics            http://127.0.0.1:41234/q/metrics\n"), message);
        assertFalse(message.contains("8080/q/"), "the public port serves neither health nor metrics:\n" + message);
        for (String hidden : new String[] {"8081", "8082", "54329", "actors-service", "events-service"}) {
            assertFalse(message.contains(hidden), hidden + " in:\n" + message);
        }
    }
}
