package org.entente.cli.up;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UpCommandTest {

    @Test
    void theRunningMessageAdvertisesOnlyTheGateway() {
        String message = UpCommand.runningMessage(StackSettings.defaults(Path.of("/project")));
        assertTrue(message.contains("Explorer           http://localhost:8080/\n"), message);
        assertTrue(message.contains("http://localhost:8080/graphql"), message);
        assertTrue(message.contains("http://localhost:8080/q/health/ready"), message);
        for (String hidden : new String[] {"8081", "8082", "54329", "actors-service", "events-service"}) {
            assertFalse(message.contains(hidden), hidden + " in:\n" + message);
        }
    }
}
