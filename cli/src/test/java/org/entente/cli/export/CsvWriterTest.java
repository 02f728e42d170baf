package org.entente.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV files read back with a CSV parser: one row a record, texts intact, every fact with its sources. */
class CsvWriterTest {
    @TempDir
    Path directory;

    @Test
    void oneFileAKindOfRecordWithItsRows() throws Exception {
        CsvWriter.write(SampleGraph.graph(), directory);
        Map<String, Integer> rows = new TreeMap<>();
        for (String file : CsvWriter.FILES.keySet()) {
            rows.put(file, read(file).size());
        }
        assertEquals(
                Map.of(
                        "actors.csv", 6,
                        "memberships.csv", 2,
                        "positions.csv", 1,
                        "events.csv", 1,
                        "event_participants.csv", 3,
                        "statements.csv", 2,
                        "sources.csv", 2),
                rows);
        assertEquals(
                "id,memberId,memberHandle,organizationId,organizationHandle,role,since,until,sourceIds",
                Files.readAllLines(directory.resolve("memberships.csv")).get(0));
    }

    @Test
    void textsWithDelimitersQuotesAndLineBreaksReadBackWhole() throws Exception {
        CsvWriter.write(SampleGraph.graph(), directory);
        assertEquals(SampleGraph.HOSTILE, read("events.csv").get(0).get("title"));
        assertEquals(SampleGraph.HOSTILE, read("statements.csv").get(0).get("text"));
        CSVRecord csto = read("actors.csv").get(1);
        assertEquals(SampleGraph.HOSTILE, csto.get("description"));
        assertEquals("", csto.get("aliases"));
        assertEquals("[\"USSR; CCCP\"]", read("actors.csv").get(3).get("aliases"), "an alias keeps its semicolon");
        assertEquals("Kartapolov, on Iran", read("sources.csv").get(1).get("title"));
    }

    @Test
    void aTextAFormulaCouldStartWithIsInertInASpreadsheet() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CsvWriter.inert("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+7 495 000", CsvWriter.inert("+7 495 000"));
        assertEquals("'-2+3", CsvWriter.inert("-2+3"));
        assertEquals("'@SUM(A1)", CsvWriter.inert("@SUM(A1)"));
        assertEquals("'\tcmd", CsvWriter.inert("\tcmd"));
        assertEquals("Iran = CSTO?", CsvWriter.inert("Iran = CSTO?"), "only a first character counts");
        assertEquals("2007-05", CsvWriter.inert("2007-05"));
        assertEquals("", CsvWriter.inert(""));
        assertEquals(42L, CsvWriter.inert(42L));
    }

    @Test
    void everyFactNamesItsSourcesAndItsActorsHandles() throws Exception {
        CsvWriter.write(SampleGraph.graph(), directory);
        for (String file :
                List.of("memberships.csv", "positions.csv", "events.csv", "event_participants.csv", "statements.csv")) {
            for (CSVRecord row : read(file)) {
                assertFalse(row.get("sourceIds").isEmpty(), file + " " + row);
            }
        }
        CSVRecord ussr = read("memberships.csv").get(1);
        assertEquals(
                List.of("ussr", "csto", "1 2", "", "1991"),
                List.of(
                        ussr.get("memberHandle"),
                        ussr.get("organizationHandle"),
                        ussr.get("sourceIds"),
                        ussr.get("since"),
                        ussr.get("until")));
        CSVRecord quote = read("statements.csv").get(0);
        assertEquals("bordyuzha", quote.get("speakerHandle"));
        assertEquals("2 1", quote.get("aboutIds"));
        assertEquals("csto iran", quote.get("aboutHandles"));
        CSVRecord unattributed = read("statements.csv").get(1);
        assertEquals("", unattributed.get("speakerId"));
        assertEquals("", unattributed.get("speakerHandle"));
        CSVRecord target = read("event_participants.csv").get(2);
        assertEquals(
                List.of("31", "1", "iran", "TARGET", "1"),
                List.of(
                        target.get("eventId"),
                        target.get("actorId"),
                        target.get("actorHandle"),
                        target.get("role"),
                        target.get("sourceIds")));
        assertEquals(
                List.of("2", "2023-05", "9", "TASS", "https://tass.example/1?a=1&b=2"),
                List.of(
                        read("sources.csv").get(1).get("id"),
                        read("sources.csv").get(1).get("publishedAt"),
                        read("sources.csv").get(1).get("publisherId"),
                        read("sources.csv").get(1).get("publisherName"),
                        read("sources.csv").get(1).get("url")));
    }

    private List<CSVRecord> read(String file) throws Exception {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader in = Files.newBufferedReader(directory.resolve(file), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            assertEquals(CsvWriter.FILES.get(file), parser.getHeaderNames(), file);
            return parser.getRecords();
        }
    }
}
