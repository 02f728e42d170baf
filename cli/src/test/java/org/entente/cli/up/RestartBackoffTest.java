package org.entente.cli.up;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    private static final Duration SHORT_RUN = Duration.ofSeconds(5);

    @Test
    void doublesFromOneSecondUpToThirtySeconds() {
        RestartBackoff backoff = new RestartBackoff();
        List<Long> delays = new ArrayList<>();
        List<Integer> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            RestartBackoff.Restart next = backoff.afterExit(SHORT_RUN);
            delays.add(next.delay().toSeconds());
            attempts.add(next.attempt());
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L), delays);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), attempts);
    }

    @Test
    void aStartThatFailsCountsAsAShortRun() {
        RestartBackoff backoff = new RestartBackoff();
        backoff.afterExit(Duration.ofHours(1));
        assertEquals(new RestartBackoff.Restart(2, Duration.ofSeconds(2)), backoff.afterExit(Duration.ZERO));
    }

    @Test
    void aRunOfAMinuteStartsTheSeriesAgain() {
        RestartBackoff backoff = new RestartBackoff();
        for (int i = 0; i < 6; i++) {
            backoff.afterExit(SHORT_RUN);
        }
        assertEquals(
                new RestartBackoff.Restart(7, Duration.ofSeconds(30)),
                backoff.afterExit(RestartBackoff.STABLE_AFTER.minusMillis(1)),
                "just under a minute is still a crash loop");
        assertEquals(
                new RestartBackoff.Restart(1, Duration.ofSeconds(1)), backoff.afterExit(RestartBackoff.STABLE_AFTER));
        assertEquals(new RestartBackoff.Restart(2, Duration.ofSeconds(2)), backoff.afterExit(SHORT_RUN));
    }

    @Test
    void manyAttemptsStayAtTheCap() {
        RestartBackoff backoff = new RestartBackoff();
        RestartBackoff.Restart last = null;
        for (int i = 0; i < 200; i++) {
            last = backoff.afterExit(Duration.ZERO);
        }
        assertEquals(new RestartBackoff.Restart(200, Duration.ofSeconds(30)), last);
    }
}
