package org.entente.subgraph.changes;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes every write to the service's tables announce itself: one statement-level trigger per table
 * calls {@code pg_notify('entente_changes', <table>)} in the writing transaction, so that the
 * notice is delivered when, and only if, the write commits, whichever code path (or person) made it.
 * Installed at every start, after the migrations, so a table added by a later migration is covered
 * without anyone remembering it; installing again replaces what is there.
 */
final class ChangeTriggers {

    static final String CHANNEL = "entente_changes";

    private static final String FUNCTION = """
            CREATE OR REPLACE FUNCTION entente_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM pg_notify('%s', TG_TABLE_NAME);
              RETURN NULL;
            END $$""".formatted(CHANNEL);

    private ChangeTriggers() {}

    /** Installs the function and a trigger on every table of the connection's schema but Flyway's history. */
    static List<String> install(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname ="
                        + " current_schema() AND tablename <> 'flyway_schema_history' ORDER BY tablename")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(FUNCTION);
            for (String table : tables) {
                statement.execute(
                        "CREATE OR REPLACE TRIGGER entente_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
                                + " ON " + quoted(table)
                                + " FOR EACH STATEMENT EXECUTE FUNCTION entente_notify_change()");
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return tables;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
