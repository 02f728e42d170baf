package org.entente.cli.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FtmReaderTest {
    @Test
    void eachLineIsAnEntityWithItsLine() {
        FtmReader.Result r = FtmReader.read("""
                {"id": "p1", "schema": "Person", "properties": {"name": [" Iran "], "alias": ["", "Persia"]}}

                {"id": "o1", "schema": "Organization", "caption": "CSTO", "datasets": ["x"]}
                """);

        assertEquals(List.of(), r.problems());
        assertEquals(
                List.of(
                        new FtmEntity(1, "p1", "Person", Map.of("name", List.of("Iran"), "alias", List.of("Persia"))),
                        new FtmEntity(3, "o1", "Organization", Map.of())),
                r.entities(),
                "values stripped, blank values and FtM's other keys left out, blank lines skipped");
    }

    @Test
    void aMalformedLineIsAProblemOfItsLineAndTheOthersAreRead() {
        String text = String.join(
                "\r\n",
                "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}",
                "{\"id\": \"b\", \"schema\": ",
                "[1, 2]",
                "\"text\"",
                "{\"schema\": \"Person\"}",
                "{\"id\": 7, \"schema\": \"Person\"}",
                "{\"id\": \"c\"}",
                "{\"id\": \"d\", \"schema\": \"Person\", \"properties\": [\"name\"]}",
                "{\"id\": \"e\", \"schema\": \"Person\", \"properties\": {\"name\": \"E\"}}",
                "{\"id\": \"f\", \"schema\": \"Person\", \"properties\": {\"name\": [\"F\", 3]}}",
                "{\"id\": \"g\", \"schema\": \"Person\", \"properties\": {\"name\": [null]}}",
                "{\"id\": \"h\", \"schema\": \"Person\", \"properties\": {\"name\": [{\"x\": 1}]}}",
                "{\"id\": \"i\", \"schema\": \"Person\", \"properties\": {\"name\": [\"I\"]}} trailing",
                "{\"id\": \"z\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Z\"]}}");

        FtmReader.Result r = FtmReader.read(text);

        assertEquals(List.of("a", "z"), r.entities().stream().map(FtmEntity::id).toList());
        assertEquals(14, r.entities().get(1).line());
        assertEquals(
                List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13),
                r.problems().stream().map(DatasetProblem::line).toList(),
                r.problems().toString());
        assertEquals("the entity has no 'id'", r.problems().get(3).message());
        assertEquals("entity 'c' has no 'schema'", r.problems().get(5).message());
        assertEquals(
                "entity 'e': property 'name' must be a list of strings",
                r.problems().get(7).message());
    }

    @Test
    void fragmentsOfOneEntityAreMergedAndAnotherSchemaForTheSameIdIsAProblem() {
        FtmReader.Result r = FtmReader.read("""
                {"id": "x", "schema": "Person", "properties": {"name": ["Iran"], "alias": ["A"]}}
                {"id": "x", "schema": "Person", "properties": {"alias": ["A", "B"], "country": ["ir"]}}
                {"id": "x", "schema": "Event", "properties": {"name": ["Meeting"]}}
                """);

        assertEquals(
                List.of(new FtmEntity(
                        1,
                        "x",
                        "Person",
                        Map.of("name", List.of("Iran"), "alias", List.of("A", "B"), "country", List.of("ir")))),
                r.entities());
        assertEquals(
                List.of(new DatasetProblem(3, "entity 'x' is a Person at line 1 and a Event here: one id, one schema")),
                r.problems());
    }
}
