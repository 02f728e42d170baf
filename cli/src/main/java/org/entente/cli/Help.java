package org.entente.cli;

/** The text of {@code ./entente --help}: what a user can run, kept true to the commands. */
public final class Help {
    public static final String TEXT = """
            Entente — a federated GraphQL knowledge graph of geopolitics.

            Usage: ./entente COMMAND [OPTIONS]

            Commands:
              up [--no-load]
                  Builds what is missing, starts an embedded PostgreSQL (data kept in .entente/postgres),
                  actors-service (8081), events-service (8082) and the gateway (8080), waits until all
                  are healthy and prints their URLs. On the first start it loads data/iran-csto.yaml.
                  Ctrl-C stops everything. Only one `up` runs at a time per project directory.
              load FILE [--gateway URL] [--token JWT]
                  Validates a dataset file completely (problems are reported as FILE:LINE: message and
                  nothing is written), then writes it through the gateway's GraphQL mutations. Loading
                  the same file again changes nothing. Defaults: --gateway http://localhost:8080/graphql,
                  --token from $ENTENTE_TOKEN or signed with the local dev key in .entente/keys.
              generate [--actors N] [--events N] [--statements N] [--seed S] [--replace]
                       [--jdbc-actors URL] [--jdbc-events URL]
                  Fills both databases with a deterministic, news-like data set by COPY (defaults:
                  100000 actors, 1000000 events, 3000000 statements, the PostgreSQL of `up`, which
                  must have started once so the tables exist). --replace empties the tables first.
              bench --target NAME=URL [--target NAME=URL ...] [--actors-url URL --events-url URL]
                    [--duration S] [--warmup S] [--concurrency 1,16,64] [--operations a,b] [--out FILE]
                  Closed-loop load test of fixed operations (actor profile, event page, search,
                  connections, statements page) against each target gateway (and the direct
                  subgraph calls when their URLs are given); prints throughput and p50/p95/p99.
                  `./entente bench` alone lists every option; bench/run.sh runs the whole
                  comparison with Hive Gateway and Apollo Gateway. See bench/README.md.
              test
                  Builds everything and runs every test (HTTP against real embedded PostgreSQL,
                  composition checks, end-to-end through the gateway).
              --help
                  Shows this text.

            Environment:
              ENTENTE_TOKEN   editor JWT used by `load` when --token is not given
              MAVEN_ARGS      extra Maven arguments for `test` and for the build step of `up`
            """;

    private Help() {
    }
}
