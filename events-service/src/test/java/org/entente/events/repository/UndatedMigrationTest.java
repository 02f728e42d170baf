package org.entente.events.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.entente.events.domain.SortKey;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migration V3 moves the rows written with the old marker of "undated" (9999-12-31) to the new one
 * (10000-01-01), with the copies in their link rows, and leaves a row really dated 9999-12-31 as
 * it is. Run on a database migrated to V2 and filled the way the service used to fill it.
 */
class UndatedMigrationTest {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void undatedRowsMoveAfterTheLastDayAndDatedOnesStay() throws SQLException {
        DataSource database = postgres.getPostgresDatabase();
        migrate(database, "2");
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO source (id, title, retrieved_at) VALUES (1, 's', now())");
            sql.execute("INSERT INTO event (id, type, title, date_text, date_start, date_precision, span_end) VALUES"
                    + " (1, 'MEETING', 'undated', NULL, '9999-12-31', 0, '9999-12-31'),"
                    + " (2, 'MEETING', 'last day', '9999-12-31', '9999-12-31', 3, '9999-12-31')");
            sql.execute(
                    "INSERT INTO event_participant (event_id, actor_id, role) VALUES (1, 7, 'HOST'), (2, 7, 'HOST')");
            sql.execute(
                    "INSERT INTO statement (id, kind, text, date_text, sort_start, sort_precision, source_id) VALUES"
                            + " (1, 'ASSESSMENT', 'undated', NULL, '9999-12-31', 0, 1),"
                            + " (2, 'ASSESSMENT', 'last day', '9999-12-31', '9999-12-31', 3, 1)");
            sql.execute("INSERT INTO statement_about (statement_id, actor_id) VALUES (1, 7), (2, 7)");
        }

        migrate(database, null);

        LocalDate undated = SortKey.UNDATED;
        LocalDate lastDay = LocalDate.of(9999, 12, 31);
        assertEquals(
                List.of(undated, undated, lastDay, lastDay),
                dates(database, "SELECT date_start, span_end FROM event ORDER BY id"));
        assertEquals(
                List.of(undated, lastDay),
                dates(database, "SELECT date_start FROM event_participant ORDER BY event_id"));
        assertEquals(List.of(undated, lastDay), dates(database, "SELECT sort_start FROM statement ORDER BY id"));
        assertEquals(
                List.of(undated, lastDay),
                dates(database, "SELECT sort_start FROM statement_about ORDER BY statement_id"));
    }

    private static void migrate(DataSource database, String target) {
        var configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    /** Every column of every row, in order, as dates. */
    private static List<LocalDate> dates(DataSource database, String query) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            List<LocalDate> dates = new java.util.ArrayList<>();
            while (rows.next()) {
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    dates.add(rows.getObject(column, LocalDate.class));
                }
            }
            return dates;
        }
    }
}
