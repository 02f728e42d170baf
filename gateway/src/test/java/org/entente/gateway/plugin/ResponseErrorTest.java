package org.entente.gateway.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON a response and its errors are written as: the keys in the spec's order, absent parts left out. */
class ResponseErrorTest {

    @Test
    void errorKeysComeInTheSpecsOrderAndEmptyPartsAreLeftOut() {
        ResponseError full = new ResponseError(
                "bad",
                List.of(new ResponseError.Location(2, 5)),
                List.of("books", 0),
                Map.of("code", ResponseError.BAD_USER_INPUT));
        assertEquals(
                "{\"message\":\"bad\",\"locations\":[{\"line\":2,\"column\":5}],\"path\":[\"books\",0],"
                        + "\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}",
                Json.encode(full.toSpecification()));
        assertEquals(
                "{\"message\":\"bare\"}", Json.encode(new ResponseError("bare", null, null, null).toSpecification()));
    }

    @Test
    void theCodeComesFirstAmongTheExtensions() {
        ResponseError error =
                ResponseError.of("down", ResponseError.SUBGRAPH_UNAVAILABLE, Map.of("serviceName", "reviews"));
        assertEquals(
                "{\"message\":\"down\",\"extensions\":{\"code\":\"SUBGRAPH_UNAVAILABLE\",\"serviceName\":\"reviews\"}}",
                Json.encode(error.toSpecification()));
        assertEquals(ResponseError.SUBGRAPH_UNAVAILABLE, error.code());
    }

    @Test
    void aResponseHasErrorsThenDataThenExtensions() {
        Map<String, Object> data = new HashMap<>();
        data.put("book", null);
        GraphQLResponse response = new GraphQLResponse(
                data, List.of(ResponseError.of("x", ResponseError.INTERNAL)), Map.of("queryPlan", "QueryPlan {}"));
        assertEquals(
                "{\"errors\":[{\"message\":\"x\",\"extensions\":{\"code\":\"INTERNAL\"}}],\"data\":{\"book\":null},"
                        + "\"extensions\":{\"queryPlan\":\"QueryPlan {}\"}}",
                Json.encode(response.toSpecification()));
        assertEquals("{\"data\":null}", Json.encode(new GraphQLResponse(null, List.of(), Map.of()).toSpecification()));
    }
}
