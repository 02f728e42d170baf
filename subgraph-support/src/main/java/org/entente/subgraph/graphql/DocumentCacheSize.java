package org.entente.subgraph.graphql;

/**
 * Bounds SmallRye's cache of parsed and validated documents. SmallRye reads its size once, from the
 * JVM system property {@value #PROPERTY} (default 2048), when its query cache class is first
 * used; documents of up to half a megabyte each made that cache a way to fill the heap. SmallRye
 * builds the cache after it has loaded its eventing services, {@link EngineSetup} among them, so
 * {@link EngineSetup} sets the property first. A value given on the command line is kept.
 */
final class DocumentCacheSize {
    static final String PROPERTY = "io.smallrye.graphql.execution.queryCacheMaxSize";

    private DocumentCacheSize() {}

    static void apply(int size) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, Integer.toString(size));
        }
    }
}
