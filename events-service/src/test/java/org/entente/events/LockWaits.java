package org.entente.events;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Locks the event table, and counts the statements that wait for it, as seen by PostgreSQL. Count
 * from a connection of its own: within the locking transaction PostgreSQL would answer every count
 * from the snapshot of pg_stat_activity it took first.
 */
final class LockWaits {
    /** The statements on the event table that wait for a lock. */
    private static final String WAITING =
            "FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%from event%'";

    private LockWaits() {}

    /** Every statement on the event table waits until {@code lock} rolls back (or commits). */
    static void lockEventTable(Connection lock) throws Exception {
        lock.setAutoCommit(false);
        try (Statement locking = lock.createStatement()) {
            locking.execute("LOCK TABLE event IN ACCESS EXCLUSIVE MODE");
        }
    }

    /**
     * How many statements wait for a lock on the event table, once that number has reached
     * {@code expected} (or fallen to it, for 0) and stayed there for half a second (or after ten
     * seconds).
     */
    static int settledAt(Statement sql, int expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int waiting = 0;
        while (System.nanoTime() < deadline) {
            waiting = now(sql);
            if (expected == 0 ? waiting == 0 : waiting >= expected) {
                Thread.sleep(500);
                return now(sql);
            }
            Thread.sleep(50);
        }
        return waiting;
    }

    /** The process id of a PostgreSQL backend whose statement waits for a lock on the event table. */
    static long waitingBackend(Statement sql) throws Exception {
        try (ResultSet rows = sql.executeQuery("SELECT pid " + WAITING)) {
            if (!rows.next()) {
                throw new AssertionError("no statement waits for the lock");
            }
            return rows.getLong(1);
        }
    }

    static int now(Statement sql) throws Exception {
        try (ResultSet rows = sql.executeQuery("SELECT count(*) " + WAITING)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
