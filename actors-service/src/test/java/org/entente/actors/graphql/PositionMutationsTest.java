package org.entente.actors.graphql;

import static org.entente.subgraph.testing.GraphQLClient.errorCode;
import static org.entente.subgraph.testing.GraphQLClient.ok;
import static org.entente.subgraph.testing.GraphQLClient.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PositionMutationsTest {

    private static final String ADD = "mutation($input: PositionInput!) { addPosition(input: $input) {"
            + " id title since until sources { id } holder { id } organization { id } } }";

    private static Map<String, Object> input(String holder, String organization, String since, String until) {
        Map<String, Object> input = new HashMap<>(Map.of(
                "holderId",
                holder,
                "organizationId",
                organization,
                "title",
                "Secretary General",
                "sourceIds",
                List.of("source-3")));
        if (since != null) {
            input.put("since", since);
        }
        if (until != null) {
            input.put("until", until);
        }
        return input;
    }

    @Test
    void addsPositionsAndFiltersThemAsOf() {
        String csto = Fixtures.actor("INTERNATIONAL_ORGANIZATION", "CSTO");
        String first = Fixtures.actor("PERSON", "Stanislav Zas");
        String second = Fixtures.actor("PERSON", "Imangali Tasmagambetov");
        JsonPath added = ok(write(ADD, "input", input(first, csto, "2020-01", "2022-12")));
        assertEquals("Secretary General", added.getString("data.addPosition.title"));
        assertEquals(List.of("source-3"), added.getList("data.addPosition.sources.id"));
        assertEquals(first, added.getString("data.addPosition.holder.id"));
        assertEquals(csto, added.getString("data.addPosition.organization.id"));
        String firstId = added.getString("data.addPosition.id");
        String secondId = Fixtures.position(second, csto, "Secretary General", "2023-01", null);

        assertEquals(List.of(firstId, secondId), Fixtures.factIds(csto, "officeHolders", null));
        assertEquals(List.of(firstId), Fixtures.factIds(csto, "officeHolders", "2021"));
        assertEquals(List.of(secondId), Fixtures.factIds(csto, "officeHolders", "2025-06-30"));
        assertEquals(List.of(firstId), Fixtures.factIds(first, "positions", "2022-12-31"));
        assertEquals(List.of(), Fixtures.factIds(first, "positions", "2023"));
    }

    @Test
    void theHolderIsAPersonAndTheOrganizationIsNot() {
        String state = Fixtures.actor("STATE", "Russia");
        String person = Fixtures.actor("PERSON", "Some Person");
        errorCode(write(ADD, "input", input(state, state, "2000", null)), "BAD_USER_INPUT");
        errorCode(
                write(ADD, "input", input(person, Fixtures.actor("PERSON", "Other Person"), "2000", null)),
                "BAD_USER_INPUT");
        // Any non-person actor has offices, states included (a President).
        ok(write(ADD, "input", input(person, state, "2000", null)));
        assertEquals(1, Fixtures.factIds(person, "positions", null).size());
    }

    @Test
    void rulesOnDatesSourcesAndIds() {
        String org = Fixtures.actor("LEGISLATURE", "State Duma");
        String person = Fixtures.actor("PERSON", "A Chairman");
        errorCode(write(ADD, "input", input(person, org, "2021-10", "2021-09")), "BAD_USER_INPUT");
        Map<String, Object> noSources = input(person, org, "2021", null);
        noSources.put("sourceIds", List.of());
        errorCode(write(ADD, "input", noSources), "BAD_USER_INPUT");
        errorCode(write(ADD, "input", input("987654321", org, "2021", null)), "NOT_FOUND");
        errorCode(write(ADD, "input", input(person, org, "2021-02-29", null)), "BAD_USER_INPUT");
        assertEquals(List.of(), Fixtures.factIds(person, "positions", null));
    }

    @Test
    void endsAnOpenPositionOnce() {
        String org = Fixtures.actor("GOVERNMENT_BODY", "Defence Committee");
        String person = Fixtures.actor("PERSON", "A Committee Chairman");
        String id = Fixtures.position(person, org, "Chairman", "2021-10-12", null);
        String end = "mutation($id: ID!, $until: PartialDate!) { endPosition(id: $id, until: $until) { until } }";
        assertEquals("2024", ok(write(end, "id", id, "until", "2024")).getString("data.endPosition.until"));
        errorCode(write(end, "id", id, "until", "2025"), "CONFLICT");
        errorCode(write(end, "id", "987654321", "until", "2025"), "NOT_FOUND");
    }
}
