package org.entente.cli.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.entente.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./entente generate}: fills the actors and events databases with a deterministic,
 * news-like data set using COPY, both databases at once (one thread each).
 */
@Command(
        name = "generate",
        sortOptions = false,
        sortSynopsis = false,
        description = {
            "Fills the databases with a large generated data set (COPY).",
            "A deterministic, news-like data set, written by COPY into both databases at once. The services must have"
                    + " started once on those databases (their migrations create the tables). See bench/README.md."
        })
public final class GenerateCommand implements Callable<Integer> {
    private static final List<String> ACTOR_TABLES = List.of("position", "membership", "actor");
    private static final List<String> EVENT_TABLES =
            List.of("statement_about", "statement", "event_source", "event_participant", "event", "source");

    @Spec
    CommandSpec spec;

    @Mixin
    GenerateOptions options;

    @Mixin
    HelpOption help;

    private final PrintStream out;

    public GenerateCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        Scale scale;
        try {
            scale = options.scale();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        out.printf(
                "Generating seed %d: %,d actors (%,d states, %,d organizations, %,d media, %,d persons), %,d sources, %,d events, %,d statements%n",
                options.seed(),
                scale.actors(),
                scale.states(),
                scale.organizations(),
                scale.media(),
                scale.persons(),
                scale.sources(),
                scale.events(),
                scale.statements());
        long started = System.nanoTime();
        try (Connection actorsDb =
                        DriverManager.getConnection(options.actorsJdbc(), options.user(), options.password());
                Connection eventsDb =
                        DriverManager.getConnection(options.eventsJdbc(), options.user(), options.password())) {
            prepare(actorsDb, ACTOR_TABLES, options.replace());
            prepare(eventsDb, EVENT_TABLES, options.replace());
            ActorCatalog actors = new ActorCatalog(options.seed(), scale);
            CompletableFuture<Void> actorsLoad =
                    CompletableFuture.runAsync(() -> loadActors(actorsDb, actors, options.seed()));
            CompletableFuture<Void> eventsLoad =
                    CompletableFuture.runAsync(() -> loadNews(eventsDb, new NewsCatalog(options.seed(), actors)));
            CompletableFuture.allOf(actorsLoad, eventsLoad).join();
        } catch (SQLException e) {
            System.err.println("entente generate: " + e.getMessage());
            return 1;
        } catch (CompletionException e) {
            System.err.println("entente generate: " + e.getCause().getMessage());
            return 1;
        }
        out.printf("Done in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** Refuses tables that hold data unless told to replace them; the schema must exist. */
    private void prepare(Connection db, List<String> tables, boolean replace) throws SQLException {
        try (Statement sql = db.createStatement()) {
            for (String table : tables) {
                try (ResultSet exists = sql.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
                    exists.next();
                    if (!exists.getBoolean(1)) {
                        throw new SQLException(
                                "table " + table + " does not exist in "
                                        + db.getMetaData().getURL()
                                        + ": start the services once on this database so that their migrations create the schema");
                    }
                }
            }
            if (replace) {
                // CASCADE: tables derived from these (e.g. actors-service's duplicate candidates) are emptied too
                sql.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
                return;
            }
            for (String table : tables) {
                try (ResultSet any = sql.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
                    any.next();
                    if (any.getBoolean(1)) {
                        throw new SQLException(
                                "table " + table + " in " + db.getMetaData().getURL()
                                        + " already holds data; pass --replace to empty the tables first");
                    }
                }
            }
        }
    }

    private void loadActors(Connection db, ActorCatalog actors, long seed) {
        CopyLoader loader = new CopyLoader(db, out);
        DatedFacts facts = new DatedFacts(seed, actors);
        try {
            loader.copy("actor", GeneratedActor.COLUMNS, sink -> {
                CopyRow row = new CopyRow();
                for (long id = 1; id <= actors.scale().actors(); id++) {
                    actors.actor(id).encode(row);
                    sink.accept(row);
                }
            });
            loader.copy("membership", DatedFacts.MEMBERSHIP_COLUMNS, facts::memberships);
            loader.copy("position", DatedFacts.POSITION_COLUMNS, facts::positions);
            finish(db, List.of("actor", "membership", "position"));
        } catch (SQLException | IOException e) {
            throw new CompletionException(e);
        }
    }

    private void loadNews(Connection db, NewsCatalog news) {
        CopyLoader loader = new CopyLoader(db, out);
        try {
            loader.copy("source", NewsCatalog.SOURCE_COLUMNS, news::sources);
            loader.copy("event", NewsCatalog.EVENT_COLUMNS, news::events);
            loader.copy("event_participant", NewsCatalog.PARTICIPANT_COLUMNS, news::participants);
            loader.copy("event_source", NewsCatalog.EVENT_SOURCE_COLUMNS, news::eventSources);
            loader.copy("statement", NewsCatalog.STATEMENT_COLUMNS, news::statements);
            loader.copy("statement_about", NewsCatalog.ABOUT_COLUMNS, news::statementAbout);
            finish(db, List.of("source", "event", "event_participant", "event_source", "statement", "statement_about"));
        } catch (SQLException | IOException e) {
            throw new CompletionException(e);
        }
    }

    /** Moves each id sequence past the rows written with explicit ids, then refreshes planner statistics. */
    private void finish(Connection db, List<String> tables) throws SQLException {
        long started = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            for (String table : tables) {
                sql.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "GREATEST((SELECT max(id) FROM " + table + "), 1))");
                sql.execute("ANALYZE " + table);
            }
        }
        out.printf("  sequences + ANALYZE (%s) %.1f s%n", tables.get(0), (System.nanoTime() - started) / 1e9);
    }
}
