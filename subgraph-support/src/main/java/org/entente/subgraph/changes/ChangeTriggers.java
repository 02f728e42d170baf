package org.entente.subgraph.changes;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes every write to the service's tables announce itself: statement-level triggers on each table
 * call {@code pg_notify('entente_changes', <table>)} in the writing transaction when the statement
 * changed rows, so that the notice is delivered when, and only if, the write commits, whichever code
 * path (or person) made it.
 * Installed at every start, after the migrations, so a table added by a later migration is covered
 * without anyone remembering it; installing again replaces what is there. The service's silent
 * tables (EntityCacheSettings#silentTables) get no triggers, and lose those an earlier start gave them.
 */
final class ChangeTriggers {

    static final String CHANNEL = "entente_changes";

    /**
     * The row triggers' function: announces a statement that changed rows. A statement that changed
     * none (a delete that matched nothing, such as a queue polled empty) says nothing, or every poll
     * would drop the gateways' cache of this subgraph.
     */
    private static final String FUNCTION = """
            CREATE OR REPLACE FUNCTION entente_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF EXISTS (SELECT 1 FROM changed) THEN
                PERFORM pg_notify('%1$s', TG_TABLE_NAME);
              END IF;
              RETURN NULL;
            END $$""".formatted(CHANNEL);

    /** TRUNCATE has no transition table: always announced. */
    private static final String TRUNCATE_FUNCTION = """
            CREATE OR REPLACE FUNCTION entente_notify_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM pg_notify('%1$s', TG_TABLE_NAME);
              RETURN NULL;
            END $$""".formatted(CHANNEL);

    /** Trigger name suffix → its event and transition table (PostgreSQL allows one event per transition-table trigger). */
    private static final List<String[]> ROW_EVENTS = List.of(
            new String[] {"insert", "INSERT", "NEW TABLE AS changed"},
            new String[] {"update", "UPDATE", "NEW TABLE AS changed"},
            new String[] {"delete", "DELETE", "OLD TABLE AS changed"});

    private ChangeTriggers() {}

    /**
     * Installs the function and a trigger on every table of the connection's schema but Flyway's
     * history and the {@code silent} ones; returns the tables that announce their writes.
     */
    static List<String> install(Connection connection, Set<String> silent) throws SQLException {
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
            statement.execute(TRUNCATE_FUNCTION);
            for (String table : tables) {
                String on = " ON " + quoted(table);
                if (silent.contains(table)) {
                    for (String[] event : ROW_EVENTS) {
                        statement.execute("DROP TRIGGER IF EXISTS entente_changes_" + event[0] + on);
                    }
                    statement.execute("DROP TRIGGER IF EXISTS entente_changes_truncate" + on);
                    continue;
                }
                for (String[] event : ROW_EVENTS) {
                    statement.execute(
                            "CREATE OR REPLACE TRIGGER entente_changes_" + event[0] + " AFTER " + event[1] + on
                                    + " REFERENCING " + event[2]
                                    + " FOR EACH STATEMENT EXECUTE FUNCTION entente_notify_change()");
                }
                statement.execute("CREATE OR REPLACE TRIGGER entente_changes_truncate AFTER TRUNCATE" + on
                        + " FOR EACH STATEMENT EXECUTE FUNCTION entente_notify_truncate()");
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        tables.removeAll(silent);
        return tables;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
