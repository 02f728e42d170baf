package org.entente.subgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;

class DirectFieldFetcherTest {

    public static class WithField {
        public String name = "Iran";
        public static String shared = "static fields are not values";
    }

    public static class WithGetters {
        private final long id = 16;

        public long getId() {
            return id;
        }

        public boolean isActive() {
            return true;
        }

        public String isNotABooleanGetter() {
            return "no";
        }
    }

    public record Member(String role) {}

    static class NotPublic {
        public String name = "hidden";
    }

    private static Object fetch(String field, Object source) throws Exception {
        var fetcher = new DirectFieldFetcher(field, environment -> "fallback");
        return fetcher.get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .source(source)
                .build());
    }

    @Test
    void readsPublicFieldsGettersAndRecordComponents() throws Exception {
        assertEquals("Iran", fetch("name", new WithField()));
        assertEquals(16L, fetch("id", new WithGetters()));
        assertEquals(true, fetch("active", new WithGetters()));
        assertEquals("OBSERVER", fetch("role", new Member("OBSERVER")));
    }

    @Test
    void leavesWhatItCannotReadToTheFallback() throws Exception {
        assertEquals("fallback", fetch("shared", new WithField()), "a static field is no property");
        assertEquals("fallback", fetch("missing", new WithField()));
        assertEquals("fallback", fetch("notABooleanGetter", new WithGetters()), "isX must return boolean");
        assertEquals("fallback", fetch("name", new NotPublic()));
    }

    @Test
    void aNullSourceGivesNull() throws Exception {
        assertNull(fetch("name", null));
    }

    @Test
    void oneFetcherServesSeveralClasses() throws Exception {
        var fetcher = new DirectFieldFetcher("name", environment -> "fallback");
        var first = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .source(new WithField())
                .build();
        var second = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .source(new Member("x"))
                .build();
        assertEquals("Iran", fetcher.get(first));
        assertEquals("fallback", fetcher.get(second));
    }
}
