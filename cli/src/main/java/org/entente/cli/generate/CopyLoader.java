package org.entente.cli.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Streams generated rows into one database with COPY, table by table, and reports each table's time. */
final class CopyLoader {
    private final Connection connection;
    private final PrintStream log;

    CopyLoader(Connection connection, PrintStream log) {
        this.connection = connection;
        this.log = log;
    }

    /** Runs {@code producer}, which emits rows to the sink it is given, into one COPY of {@code table}. */
    long copy(String table, String columns, Consumer<Consumer<CopyRow>> producer) throws SQLException, IOException {
        long started = System.nanoTime();
        long[] rows = {0};
        String sql = "COPY " + table + " (" + columns + ") FROM STDIN";
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(
                        new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 20),
                        StandardCharsets.UTF_8),
                1 << 16)) {
            producer.accept(row -> {
                try {
                    out.write(row.line());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        log.printf("  %-18s %,12d rows  %7.1f s%n", table, rows[0], (System.nanoTime() - started) / 1e9);
        return rows[0];
    }
}
