package org.entente.cli.e2e;

import static org.entente.cli.e2e.RunningStack.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.cli.up.ManagedService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The explorer, as the gateway serves it, in a real headless Chromium (explorer/e2e/browser.mjs,
 * driven by playwright-core; it installs Debian's chromium when it is missing and it can): search,
 * actor page and as-of, network, connections, event, timeline, editing with a token, signing in at
 * an OIDC provider (a fake one the script plays) and editing with its token, phone width,
 * GraphiQL at /graphiql, every operation sent by its persisted hash, the explorer served from another
 * origin (CORS); then, with events-service stopped, the actor page's partial result. Screenshots go to
 * explorer/target/screenshots.
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserIT {
    private static final Path EXPLORER = PROJECT.resolve("explorer");

    @Test
    @Order(1)
    void everyViewWorksInABrowser() throws Exception {
        browser("up");
    }

    @Test
    @Order(2)
    void theActorPageShowsWhatArrivedWhenEventsServiceIsDown() throws Exception {
        ManagedService events = stack().service("events-service");
        events.stop();
        try {
            browser("events-down");
        } finally {
            events.start();
            events.awaitReady(Duration.ofMinutes(3));
        }
    }

    /**
     * Runs the browser test script for one scenario and fails with the checks that failed. They are
     * also in the assertion's message, not only in the output: a CI log may keep only its tail.
     */
    private static void browser(String scenario) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/browser.mjs", scenario)
                .directory(EXPLORER.toFile())
                .redirectErrorStream(true);
        String gateway = gatewayUrl();
        builder.environment().put("ENTENTE_URL", gateway.substring(0, gateway.length() - "graphql".length()));
        builder.environment().put("ENTENTE_TOKEN", token());
        builder.environment().put("ENTENTE_CROSS_ORIGIN_PORT", Integer.toString(CROSS_ORIGIN_PORT));
        builder.environment().put("ENTENTE_OIDC_PORT", Integer.toString(OIDC_PORT));
        builder.environment().put("ENTENTE_OIDC_CLIENT_ID", OIDC_CLIENT_ID);
        Process process = builder.start();
        // Its lines go to this test's output (failsafe's report), each as it comes.
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Thread echo = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> {
                    System.out.println(line);
                    if (line.startsWith("[browser] FAIL")) {
                        failures.add(line);
                    }
                });
            } catch (IOException e) {
                System.out.println("[browser] output lost: " + e.getMessage());
            }
        });
        echo.start();
        // A bound, not a speed check: a hung browser must not hang the build (apt-get may install
        // Chromium first).
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the browser test did not finish within 10 minutes");
        }
        echo.join();
        assertEquals(
                0,
                process.exitValue(),
                "browser checks failed (screenshots in explorer/target/screenshots):\n" + String.join("\n", failures));
    }
}
