package org.entente.subgraph.changes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.subgraph.http.EntityCacheSettings;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the service's database announce its writes ({@link ChangeTriggers}) and hands them to the
 * {@link ChangeFeed}. It holds a connection of its own (not one of the pool's: it never returns
 * it), {@code LISTEN}s, and waits for notices, which PostgreSQL delivers as their transactions
 * commit. While it has no connection the feed is closed: a notice sent then would be lost, so no
 * one may believe they hear every write.
 */
@ApplicationScoped
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    /** Longest wait for notices before checking whether to stop; notices end the wait at once. */
    private static final int WAIT_MILLIS = 500;
    /** Pause before connecting again after the database was lost. */
    private static final long RETRY_MILLIS = 1000;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    ChangeFeed feed;

    @Inject
    EntityCacheSettings cacheSettings;

    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent start) {
        running = true;
        thread = new Thread(this::listen, "change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stop) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(2 * WAIT_MILLIS);
        }
    }

    private void listen() {
        boolean installed = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, credentials())) {
                if (!installed) {
                    LOG.debugf(
                            "Writes to %s announce themselves",
                            ChangeTriggers.install(
                                    connection, cacheSettings.silentTables().orElse(Set.of())));
                    installed = true;
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ChangeTriggers.CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                feed.open();
                while (running) {
                    PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
                    if (notices != null && notices.length > 0) {
                        Set<String> tables = new LinkedHashSet<>();
                        for (PGNotification notice : notices) {
                            tables.add(notice.getParameter());
                        }
                        feed.publish(tables);
                    }
                }
            } catch (SQLException e) {
                LOG.warnf(
                        "Cannot hear the database's writes (%s): the change stream is closed until it is back",
                        e.getMessage());
            } finally {
                feed.close();
            }
            if (running) {
                pause();
            }
        }
    }

    private Properties credentials() {
        Properties credentials = new Properties();
        username.ifPresent(u -> credentials.setProperty("user", u));
        password.ifPresent(p -> credentials.setProperty("password", p));
        return credentials;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
