package org.entente.cli.bench;

/** Settings for the JDK HTTP servers that tests use as fake subgraphs. */
final class JdkTestServers {
    private JdkTestServers() {}

    /**
     * Read once, when the JVM's first {@code HttpServer} is created: call before any exists. Headers
     * and body leave in separate writes, and without TCP_NODELAY Nagle's algorithm and delayed ACKs
     * add about 40 ms to every small answer; kept-alive connections of many clients stay open.
     */
    static void tune() {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.setProperty("sun.net.httpserver.maxIdleConnections", "2000");
    }
}
