package org.entente.subgraph.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GraphQLRequestGuardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "Application/JSON",
                "application/json; charset=utf-8",
                "application/json;charset=UTF-8",
                "application/json; charset=\"utf-8\"",
                "application/json; boundary=x"
            })
    void jsonInUtf8IsAccepted(String contentType) {
        assertTrue(GraphQLRequestGuard.isJsonInUtf8(contentType));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "text/plain",
                "text/plain; charset=utf-8",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/graphql",
                "application/jsonx",
                "application/json; charset=iso-8859-1",
                "application/json; charset=x-unknown",
                "application/json; charset="
            })
    void anythingElseIsRefused(String contentType) {
        assertFalse(GraphQLRequestGuard.isJsonInUtf8(contentType));
    }
}
