package org.entente.subgraph.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends GraphQL requests over HTTP to the service under test, as a client would. Variables are
 * given as alternating names and values ({@code "id", 7, "asOf", "2007"}), or as one map for
 * nested values such as the representations a gateway sends to {@code _entities}.
 */
public final class GraphQLClient {
    private GraphQLClient() {}

    /** Anonymously: reads are open. */
    public static JsonPath read(String query, Object... variables) {
        return send(null, query, variables);
    }

    /** With an editor token. */
    public static JsonPath write(String query, Object... variables) {
        return send(Tokens.editor(), query, variables);
    }

    /** With {@code token} as bearer token, or none when it is null. */
    public static JsonPath send(String token, String query, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        return send(token, query, vars);
    }

    public static JsonPath send(String token, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    /** Asserts the response has no errors and returns it. */
    public static JsonPath ok(JsonPath response) {
        assertNull(response.get("errors"), () -> "unexpected errors: " + response.prettify());
        return response;
    }

    /** Asserts the response failed with exactly one error of {@code code}; returns its message. */
    public static String errorCode(JsonPath response, String code) {
        List<Map<String, Object>> errors = response.getList("errors");
        assertNotNull(errors, () -> "expected error " + code + " but got " + response.prettify());
        assertEquals(1, errors.size(), response::prettify);
        assertEquals(code, response.getString("errors[0].extensions.code"), response::prettify);
        return response.getString("errors[0].message");
    }
}
