package org.entente.events;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.security.PrivateKey;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Sends GraphQL over HTTP to the running service, anonymously or with a signed bearer token. */
public final class GraphQL {
    private GraphQL() {
    }

    public static JsonPath anonymous(String query, Object... variables) {
        return post(given(), query, variables);
    }

    /** For variables that are not strings, such as the representations a gateway sends to _entities. */
    public static JsonPath anonymous(String query, JsonObject variables) {
        return send(given(), query, variables);
    }

    public static JsonPath asEditor(String query, Object... variables) {
        return post(given().auth().oauth2(token(Set.of("editor"))), query, variables);
    }

    public static JsonPath withToken(String token, String query, Object... variables) {
        return post(given().auth().oauth2(token), query, variables);
    }

    public static String token(Set<String> groups) {
        return Jwt.issuer("entente").upn("tester@entente.test").groups(groups).sign(privateKey());
    }

    /** Asserts the response failed with exactly one error carrying this code, and returns its message. */
    public static String errorCode(JsonPath response, String code) {
        assertEquals(code, response.getString("errors[0].extensions.code"), response.prettify());
        assertEquals(1, response.getList("errors").size(), response.prettify());
        return response.getString("errors[0].message");
    }

    /** Asserts the response has no errors. */
    public static JsonPath ok(JsonPath response) {
        assertNull(response.get("errors"), response.prettify());
        return response;
    }

    private static JsonPath post(RequestSpecification request, String query, Object... variables) {
        JsonObjectBuilder vars = Json.createObjectBuilder();
        for (int i = 0; i < variables.length; i += 2) {
            vars.add((String) variables[i], Json.createValue(String.valueOf(variables[i + 1])));
        }
        return send(request, query, vars.build());
    }

    private static JsonPath send(RequestSpecification request, String query, JsonObject variables) {
        String body = Json.createObjectBuilder().add("query", query).add("variables", variables).build().toString();
        return request.contentType("application/json").body(body).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.readPrivateKey("test-jwt/privateKey.pem");
        } catch (Exception e) {
            throw new IllegalStateException("test signing key missing", e);
        }
    }
}
