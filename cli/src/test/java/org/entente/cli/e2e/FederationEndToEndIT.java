package org.entente.cli.e2e;

import static org.entente.cli.e2e.RunningStack.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.cli.up.ManagedService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cross-service queries through the real gateway over the real services on PostgreSQL,
 * with the subgraph requests they cost counted from the gateway's own metrics.
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationEndToEndIT {

    @Test
    @Order(1)
    void actorWithMembershipsAndStatementsAboutWithSpeakersAndTheirPositions() throws Exception {
        JsonNode iran = query("""
                { actor(handle: "iran") {
                    name
                    memberships { role organization { name } }
                    statementsAbout(first: 50) { edges { node { text speaker { name positions { title organization { name parent { name } } } } } } }
                } }""").path("actor");
        assertEquals("Iran", iran.path("name").asText());
        assertEquals(5, iran.path("memberships").size());
        JsonNode kartapolov = null;
        for (JsonNode e : iran.path("statementsAbout").path("edges")) {
            JsonNode speaker = e.path("node").path("speaker");
            if (speaker.path("name").asText().equals("Andrei Kartapolov")) {
                kartapolov = speaker;
            }
        }
        assertNotNull(kartapolov, "Kartapolov spoke about Iran");
        JsonNode position = kartapolov.path("positions").get(0);
        assertEquals("Chairman", position.path("title").asText());
        assertEquals(
                "Defense Committee of the State Duma",
                position.path("organization").path("name").asText());
        assertEquals(
                "State Duma",
                position.path("organization").path("parent").path("name").asText());
    }

    @Test
    @Order(2)
    void eventWithItsParticipantsMemberships() throws Exception {
        JsonNode event = query("""
                { events(search: "observer status") { edges { node { title type
                    participants { role actor { handle memberships { organization { handle } role since } } } } } } }""").path("events").path("edges").get(0).path("node");
        assertEquals("OBSERVER_STATUS", event.path("type").asText());
        JsonNode iran = null;
        for (JsonNode p : event.path("participants")) {
            if (p.path("actor").path("handle").asText().equals("iran")) {
                iran = p;
            }
        }
        assertNotNull(iran);
        assertEquals("TARGET", iran.path("role").asText());
        boolean observer = false;
        for (JsonNode m : iran.path("actor").path("memberships")) {
            observer |= m.path("organization").path("handle").asText().equals("sco")
                    && m.path("role").asText().equals("OBSERVER")
                    && m.path("since").asText().equals("2005");
        }
        assertTrue(observer, iran.toString());
    }

    @Test
    @Order(3)
    void fiftyStatementsWithSpeakersCostOneEntitiesRequestToActors() throws Exception {
        String token = token();
        List<String> speakers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            speakers.add(graphql(
                            "mutation($i: ActorInput!) { createActor(input: $i) { id } }",
                            Map.of(
                                    "i",
                                    Map.of("handle", "e2e-speaker-" + i, "kind", "PERSON", "name", "E2E Speaker " + i)),
                            token)
                    .path("data")
                    .path("createActor")
                    .path("id")
                    .asText());
        }
        String source = graphql(
                        "mutation { addSource(input: {title: \"E2E bulk\", url: \"https://example.org/e2e-bulk\"}) { id } }",
                        Map.of(),
                        token)
                .path("data")
                .path("addSource")
                .path("id")
                .asText();
        for (int i = 0; i < 50; i++) {
            JsonNode r = graphql(
                    "mutation($i: StatementInput!) { recordStatement(input: $i) { id } }",
                    Map.of(
                            "i",
                            Map.of(
                                    "key",
                                    "e2e-bulk-" + i,
                                    "kind",
                                    "QUOTE",
                                    "text",
                                    "Bulk statement number " + i,
                                    "speakerId",
                                    speakers.get(i % 5),
                                    "sourceId",
                                    source,
                                    "date",
                                    "2030")),
                    token);
            assertFalse(r.has("errors"), r.toString());
        }
        String statements = """
                { statements(from: "2030", to: "2030", first: 50) { totalCount edges { node { text speaker { name handle } } } } }""";
        long actorsBefore = subgraphRequests("actors");
        long eventsBefore = subgraphRequests("events");
        Answer answer = send(statements, Map.of(), null);
        JsonNode page = answer.body().path("data").path("statements");
        assertEquals(50, page.path("totalCount").asInt());
        assertEquals(50, page.path("edges").size());
        for (JsonNode e : page.path("edges")) {
            assertTrue(e.path("node").path("speaker").path("name").asText().startsWith("E2E Speaker"));
        }
        // The gateway's entity cache is on (gateway-app's default) and holds neither the page nor any
        // of the speakers, created above and not read since: all five are asked of actors-service,
        // in one request.
        assertEquals("hit=0 miss=6", answer.cache(), "the entity cache's part in the page: the page and 5 speakers");
        assertEquals(1, subgraphRequests("actors") - actorsBefore, "one batched _entities request for 50 speakers");
        assertEquals(1, subgraphRequests("events") - eventsBefore);

        // The same page again: the speakers come from the cache. The page too, unless the change
        // events of the statements recorded above came by after it was kept and dropped it.
        Answer again = send(statements, Map.of(), null);
        assertEquals(answer.body(), again.body());
        long pageReads = subgraphRequests("events") - eventsBefore - 1;
        assertEquals(pageReads == 0 ? "hit=6 miss=0" : "hit=5 miss=1", again.cache());
        assertEquals(1, subgraphRequests("actors") - actorsBefore, "no request to actors-service for cached speakers");
        assertTrue(pageReads <= 1, "one request to events-service at most: " + pageReads);
    }

    @Test
    @Order(4)
    void writesThroughTheGatewayNeedAnEditorToken() throws Exception {
        String create =
                "mutation { createActor(input: {handle: \"e2e-new-state\", kind: STATE, name: \"Newland\", countryCode: \"ATA\"}) { id handle } }";
        JsonNode refused = graphql(create, Map.of(), null);
        assertEquals(
                "UNAUTHENTICATED",
                refused.path("errors").get(0).path("extensions").path("code").asText(),
                refused.toString());
        assertTrue(
                query("{ actor(handle: \"e2e-new-state\") { id } }")
                        .path("actor")
                        .isNull(),
                "a refused write changes nothing");

        JsonNode created = graphql(create, Map.of(), token());
        assertFalse(created.has("errors"), created.toString());
        assertEquals(
                "e2e-new-state",
                created.path("data").path("createActor").path("handle").asText());
        assertEquals(
                "Newland",
                query("{ actor(handle: \"e2e-new-state\") { name } }")
                        .path("actor")
                        .path("name")
                        .asText());
    }

    @Test
    @Order(5)
    void networkAndTimelineOfIran() throws Exception {
        String iran = IranCstoDatasetIT.id("iran");
        JsonNode network = query("""
                query($id: ID!) { network(actor: $id, depth: 1) { center { handle } nodes { depth actor { handle } } edges { kind from { handle } to { handle } } } }""", Map.of("id", iran)).path("network");
        assertEquals("iran", network.path("center").path("handle").asText());
        List<String> neighbours = new ArrayList<>();
        network.path("nodes")
                .forEach(n -> neighbours.add(n.path("actor").path("handle").asText()));
        assertTrue(
                neighbours.containsAll(
                        List.of("iran", "csto", "sco", "brics", "nikolai-bordyuzha", "andrei-kartapolov")),
                neighbours.toString());
        assertFalse(neighbours.contains("armenia"), "Armenia is two links away");

        JsonNode timeline = query("""
                query($id: ID!) { timeline(actor: $id, from: "2005", to: "2007") { date kind title } }""", Map.of("id", iran)).path("timeline");
        List<String> dated = new ArrayList<>();
        timeline.forEach(
                t -> dated.add(t.path("date").asText() + " " + t.path("kind").asText()));
        assertEquals("2005", timeline.get(0).path("date").asText(), dated.toString());
        assertTrue(dated.indexOf("2006 EVENT") < dated.indexOf("2007-05 EVENT"), dated.toString());
        for (int i = 1; i < timeline.size(); i++) {
            assertTrue(
                    timeline.get(i - 1)
                                    .path("date")
                                    .asText()
                                    .compareTo(timeline.get(i).path("date").asText())
                            <= 0,
                    dated.toString());
        }
    }

    @Test
    @Order(6)
    void aStoppedSubgraphGivesPartialDataAndSubgraphUnavailable() throws Exception {
        String someEvent = query("{ events(first: 1) { edges { node { id } } } }")
                .path("events")
                .path("edges")
                .get(0)
                .path("node")
                .path("id")
                .asText();
        ManagedService events = stack().service("events-service");
        events.stop();
        try {
            JsonNode response = graphql("""
                    query($e: ID!) { actor(handle: "iran") { name } event(id: $e) { title } }""", Map.of("e", someEvent), null);
            assertEquals(
                    "Iran", response.path("data").path("actor").path("name").asText(), "actors-service still answers");
            assertTrue(response.path("data").path("event").isNull());
            JsonNode error = response.path("errors").get(0);
            assertEquals(
                    "SUBGRAPH_UNAVAILABLE",
                    error.path("extensions").path("code").asText(),
                    response.toString());
            assertEquals("events", error.path("extensions").path("serviceName").asText());
        } finally {
            events.start();
            events.awaitReady(Duration.ofMinutes(3));
        }
        assertEquals(
                someEvent,
                query("query($e: ID!) { event(id: $e) { id } }", Map.of("e", someEvent))
                        .path("event")
                        .path("id")
                        .asText(),
                "events-service is back and its data survived");
    }
}
