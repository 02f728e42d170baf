package org.entente.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** FollowTheMoney entities with the property names of FtM's schemata (followthemoney/schema/*.yaml). */
class FtmWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    // The properties of the schemata written, with those they inherit, as FtM's YAML defines them.
    private static final Set<String> THING = Set.of(
            "name",
            "summary",
            "description",
            "country",
            "alias",
            "previousName",
            "weakAlias",
            "sourceUrl",
            "publisher",
            "publisherUrl",
            "alephUrl",
            "wikipediaUrl",
            "wikidataId",
            "keywords",
            "topics",
            "address",
            "addressEntity",
            "program",
            "programId",
            "notes",
            "proof",
            "indexText",
            "createdAt",
            "modifiedAt",
            "retrievedAt");
    private static final Set<String> LEGAL_ENTITY = union(
            THING,
            Set.of(
                    "email",
                    "phone",
                    "website",
                    "legalForm",
                    "incorporationDate",
                    "dissolutionDate",
                    "taxStatus",
                    "status",
                    "sector",
                    "classification",
                    "registrationNumber",
                    "idNumber",
                    "taxNumber",
                    "jurisdiction",
                    "mainCountry",
                    "parent"));
    private static final Set<String> INTERVAL = Set.of(
            "startDate",
            "endDate",
            "date",
            "summary",
            "description",
            "recordId",
            "sourceUrl",
            "publisher",
            "publisherUrl",
            "alephUrl",
            "namesMentioned",
            "indexText",
            "modifiedAt",
            "retrievedAt");
    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            "Person",
                    union(
                            LEGAL_ENTITY,
                            Set.of("title", "firstName", "lastName", "birthDate", "nationality", "position")),
            "Organization", LEGAL_ENTITY,
            "PublicBody", LEGAL_ENTITY,
            "Membership", union(INTERVAL, Set.of("role", "status", "member", "organization")),
            "Occupancy", union(INTERVAL, Set.of("holder", "post", "declarationDate", "status")),
            "Position", union(THING, Set.of("organization", "inceptionDate", "dissolutionDate", "subnationalArea")),
            "Event",
                    union(union(INTERVAL, THING), Set.of("location", "country", "important", "organizer", "involved")));
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "Person", List.of("name"),
            "Organization", List.of("name"),
            "PublicBody", List.of("name"),
            "Membership", List.of("member", "organization"),
            "Occupancy", List.of("holder", "post"),
            "Position", List.of("name"),
            "Event", List.of("name"));
    private static final Set<String> REFERENCES =
            Set.of("member", "organization", "holder", "post", "involved", "organizer");

    @Test
    void everyEntityUsesItsSchemasPropertyNamesAndHasWhatItRequires() throws Exception {
        List<JsonNode> entities = write();
        for (JsonNode entity : entities) {
            String schema = entity.path("schema").asText();
            assertTrue(PROPERTIES.containsKey(schema), schema);
            entity.path("properties").fields().forEachRemaining(property -> {
                assertTrue(PROPERTIES.get(schema).contains(property.getKey()), schema + "." + property.getKey());
                assertTrue(property.getValue().isArray() && !property.getValue().isEmpty(), property.toString());
                property.getValue().forEach(value -> assertTrue(value.isTextual(), property.toString()));
            });
            for (String required : REQUIRED.get(schema)) {
                assertTrue(entity.path("properties").has(required), schema + " needs " + required + ": " + entity);
            }
        }
        Map<String, Long> bySchema = entities.stream()
                .collect(Collectors.groupingBy(e -> e.path("schema").asText(), TreeMap::new, Collectors.counting()));
        assertEquals(
                Map.of(
                        "Person",
                        1L,
                        "PublicBody",
                        3L,
                        "Organization",
                        2L,
                        "Membership",
                        2L,
                        "Position",
                        1L,
                        "Occupancy",
                        1L,
                        "Event",
                        1L),
                bySchema);
    }

    @Test
    void referencesPointAtEntitiesOfTheExport() throws Exception {
        List<JsonNode> entities = write();
        Set<String> ids = entities.stream().map(e -> e.path("id").asText()).collect(Collectors.toSet());
        assertEquals(entities.size(), ids.size(), "ids are unique");
        int references = 0;
        for (JsonNode entity : entities) {
            for (String property : REFERENCES) {
                for (JsonNode target : entity.path("properties").path(property)) {
                    assertTrue(ids.contains(target.asText()), entity + " refers to " + target);
                    references++;
                }
            }
        }
        assertEquals(
                2 * 2 + 1 + 2 + 3 + 2, references, "memberships, the post's organization, the occupancy, the event");
        JsonNode event = byId(entities, "entente-event-31").path("properties");
        assertEquals(List.of("entente-actor-3", "entente-actor-2", "entente-actor-1"), texts(event.path("involved")));
        assertEquals(
                List.of("entente-actor-3", "entente-actor-2"),
                texts(event.path("organizer")),
                "initiators organized it");
    }

    @Test
    void factsCarryTheirSourcesActorsTheirCountries() throws Exception {
        List<JsonNode> entities = write();
        JsonNode membership = byId(entities, "entente-membership-12").path("properties");
        assertEquals(List.of("https://tass.example/1?a=1&b=2"), texts(membership.path("sourceUrl")));
        assertEquals(List.of("TASS"), texts(membership.path("publisher")));
        assertEquals(
                List.of("Sources: CSTO Iran: Unpacking; Kartapolov, on Iran <https://tass.example/1?a=1&b=2>"),
                texts(membership.path("description")));
        assertEquals(List.of("MEMBER"), texts(membership.path("role")));
        assertEquals(List.of("1991"), texts(membership.path("endDate")));
        assertFalse(membership.has("startDate"), "an unknown start is left out");
        assertEquals(
                List.of("Sources: CSTO Iran: Unpacking"),
                texts(byId(entities, "entente-occupancy-21").path("properties").path("description")));

        JsonNode iran = byId(entities, "entente-actor-1").path("properties");
        assertEquals(List.of("ir"), texts(iran.path("country")), "FtM countries are lower-case alpha-2 codes");
        assertEquals(List.of("Islamic Republic of Iran"), texts(iran.path("alias")));
        assertEquals(List.of("Q794"), texts(iran.path("wikidataId")));
        assertEquals(List.of("STATE"), texts(iran.path("classification")), "the kind, which the schema does not tell");
        assertEquals(
                List.of("csto-invites-iran"),
                texts(byId(entities, "entente-event-31").path("properties").path("recordId")),
                "the event's key");
        assertFalse(byId(entities, "entente-actor-4").path("properties").has("country"), "SUN has no alpha-2 code");
        assertEquals(
                SampleGraph.HOSTILE,
                byId(entities, "entente-event-31")
                        .path("properties")
                        .path("name")
                        .get(0)
                        .asText());
    }

    private static List<JsonNode> write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FtmWriter.write(SampleGraph.graph(), out);
        List<JsonNode> entities = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            entities.add(JSON.readTree(line));
        }
        return entities;
    }

    private static JsonNode byId(List<JsonNode> entities, String id) {
        return entities.stream()
                .filter(e -> e.path("id").asText().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + id));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
