package org.entente.actors;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SmokeTest {
    @Test
    void sdl() {
        String sdl = given().contentType("application/json")
                .body("{\"query\":\"{ _service { sdl } }\"}")
                .post("/graphql").then().statusCode(200)
                .extract().path("data._service.sdl");
        System.out.println(sdl);
        org.junit.jupiter.api.Assertions.assertTrue(sdl.contains("federation/v2.9"), sdl);
    }
}
