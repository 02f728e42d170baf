package org.entente.cli.generate;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of {@code ./entente generate}: how much to generate, and into which databases. */
public final class GenerateOptions {
    @Option(
            names = "--actors",
            paramLabel = "N",
            defaultValue = "100000",
            converter = Count.class,
            description = "Actors to generate, at least 20 (default: ${DEFAULT-VALUE}).")
    int actors;

    @Option(
            names = "--events",
            paramLabel = "N",
            defaultValue = "1000000",
            converter = Count.class,
            description = "Events to generate (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(
            names = "--statements",
            paramLabel = "N",
            defaultValue = "3000000",
            converter = Count.class,
            description = "Statements to generate (default: ${DEFAULT-VALUE}).")
    int statements;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            converter = Seed.class,
            description =
                    "Seed of the data set: the same seed and sizes give the same rows (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--replace",
            description = "Empty the tables first; without it the command refuses to write into tables that hold data.")
    boolean replace;

    @Option(
            names = "--jdbc-actors",
            paramLabel = "URL",
            defaultValue = "jdbc:postgresql://localhost:54329/actors",
            description = "The actors database (default: ${DEFAULT-VALUE}, the one of ./entente up).")
    String actorsJdbc;

    @Option(
            names = "--jdbc-events",
            paramLabel = "URL",
            defaultValue = "jdbc:postgresql://localhost:54329/events",
            description = "The events database (default: ${DEFAULT-VALUE}, the one of ./entente up).")
    String eventsJdbc;

    @Option(
            names = "--user",
            paramLabel = "U",
            defaultValue = "postgres",
            description = "Database user (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(
            names = "--password",
            paramLabel = "P",
            defaultValue = "",
            description = "Database password (default: none).")
    String password;

    public int actors() {
        return actors;
    }

    public int events() {
        return events;
    }

    public int statements() {
        return statements;
    }

    public long seed() {
        return seed;
    }

    public boolean replace() {
        return replace;
    }

    public String actorsJdbc() {
        return actorsJdbc;
    }

    public String eventsJdbc() {
        return eventsJdbc;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Throws IllegalArgumentException when the sizes do not make a data set. */
    public Scale scale() {
        return Scale.of(actors, events, statements);
    }

    /** A row count; underscores may group digits, as in 1_000_000. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long n = wholeNumber(value);
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new TypeConversionException("must be between 0 and " + Integer.MAX_VALUE + ", got " + value);
            }
            return (int) n;
        }
    }

    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return wholeNumber(value);
        }
    }

    private static long wholeNumber(String value) {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
    }
}
