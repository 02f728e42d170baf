package org.entente.cli.generate;

import java.util.List;

/** The arguments of {@code ./entente generate}. */
public record GenerateOptions(int actors, int events, int statements, long seed, String actorsJdbc, String eventsJdbc,
                              String user, String password, boolean replace) {
    static final String USAGE = """
            Usage: ./entente generate [--actors N] [--events N] [--statements N] [--seed S] [--replace]
                                      [--jdbc-actors URL] [--jdbc-events URL] [--user U] [--password P]
            Defaults: 100000 actors, 1000000 events, 3000000 statements, seed 1, the databases of ./entente up
            (jdbc:postgresql://localhost:54329/actors and /events, user postgres). The services must have
            started once on those databases (their migrations create the tables). --replace empties the
            tables first; without it the command refuses to write into tables that hold data.""";

    public static GenerateOptions parse(List<String> args) {
        int actors = 100_000;
        int events = 1_000_000;
        int statements = 3_000_000;
        long seed = 1;
        String actorsJdbc = "jdbc:postgresql://localhost:54329/actors";
        String eventsJdbc = "jdbc:postgresql://localhost:54329/events";
        String user = "postgres";
        String password = "";
        boolean replace = false;
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            if (flag.equals("--replace")) {
                replace = true;
                continue;
            }
            if (i + 1 >= args.size()) throw new IllegalArgumentException(flag + " needs a value");
            String value = args.get(++i);
            switch (flag) {
                case "--actors" -> actors = count(flag, value);
                case "--events" -> events = count(flag, value);
                case "--statements" -> statements = count(flag, value);
                case "--seed" -> seed = number(flag, value);
                case "--jdbc-actors" -> actorsJdbc = value;
                case "--jdbc-events" -> eventsJdbc = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return new GenerateOptions(actors, events, statements, seed, actorsJdbc, eventsJdbc, user, password, replace);
    }

    private static int count(String flag, String value) {
        long n = number(flag, value);
        if (n < 0 || n > Integer.MAX_VALUE) throw new IllegalArgumentException(flag + " must be between 0 and " + Integer.MAX_VALUE);
        return (int) n;
    }

    private static long number(String flag, String value) {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " expects a whole number, got '" + value + "'");
        }
    }
}
