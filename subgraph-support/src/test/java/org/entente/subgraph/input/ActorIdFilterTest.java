package org.entente.subgraph.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.errors.ErrorCode;
import org.junit.jupiter.api.Test;

class ActorIdFilterTest {

    @Test
    void withoutIdsEveryActorPasses() {
        assertNull(ActorIdFilter.of(null, "among"));
        assertTrue(ActorIdFilter.admits(null, 42L));
    }

    @Test
    void onlyTheActorsNamedPassAndWhatIsNoNumberNamesNone() {
        ActorIdFilter filter = ActorIdFilter.of(Arrays.asList("7", "x7", null, "-3", "12"), "among");
        assertTrue(ActorIdFilter.admits(filter, 7L));
        assertTrue(ActorIdFilter.admits(filter, 12L));
        assertFalse(ActorIdFilter.admits(filter, 8L));
        assertFalse(ActorIdFilter.admits(ActorIdFilter.of(List.of(), "among"), 7L), "an empty list admits no one");
    }

    @Test
    void moreIdsThanTheLimitAreTheClientsMistake() {
        List<String> limit = IntStream.range(0, ActorIdFilter.MAX_IDS)
                .mapToObj(Integer::toString)
                .toList();
        assertTrue(ActorIdFilter.admits(ActorIdFilter.of(limit, "among"), 1999L));
        List<String> over = IntStream.rangeClosed(0, ActorIdFilter.MAX_IDS)
                .mapToObj(Integer::toString)
                .toList();
        ClientException refused = assertThrows(ClientException.class, () -> ActorIdFilter.of(over, "among"));
        assertEquals(ErrorCode.BAD_USER_INPUT, refused.code());
        assertEquals("among takes at most 2000 ids, not 2001", refused.getMessage());
    }
}
