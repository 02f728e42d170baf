package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.DirectiveInfo;
import graphql.schema.idl.SchemaPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.gateway.composition.Composer;
import org.entente.gateway.composition.SubgraphSource;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.Test;

/**
 * The published API schema, {@code docs/api/schema.graphql}, is what the gateway serves: the API
 * schema it builds from the committed subgraph SDLs and the relations plugin's (federation
 * machinery and {@code @inaccessible} elements removed). Frontends generate their types from that
 * file (the explorer does), since production answers no introspection.
 */
class PublishedApiSchemaTest {

    private static final Path PUBLISHED = Path.of("..", "docs", "api", "schema.graphql");
    private static final Path BUILT = Path.of("target", "api-schema.graphql");
    private static final String HEADER =
            "# Entente's public GraphQL API, as the gateway serves it. Generated: do not edit;\n"
                    + "# gateway-app's PublishedApiSchemaTest writes it to gateway-app/target/api-schema.graphql.\n\n";

    @Test
    void thePublishedSchemaIsTheOneTheGatewayBuilds() throws Exception {
        List<SubgraphSource> sources = List.of(
                RealSubgraphs.actors(),
                RealSubgraphs.events(),
                new SubgraphSource(
                        "relations",
                        "local:relations",
                        Files.readString(Path.of("..", "relations", "src", "main", "resources", "relations.graphql"))));
        GraphQLSchema api =
                new SupergraphParser().parse(new Composer().compose(sources)).apiSchema();
        String built = HEADER + print(api);
        Files.writeString(BUILT, built);
        String published = Files.exists(PUBLISHED) ? Files.readString(PUBLISHED) : "";
        assertEquals(
                built,
                published,
                "docs/api/schema.graphql differs from the API schema the gateway builds from the subgraphs' SDLs:"
                        + " review gateway-app/target/api-schema.graphql, copy it to docs/api/schema.graphql and"
                        + " rebuild the explorer (its types come from that file)");
    }

    /** The schema's types, fields and descriptions; the built-in directives go without saying. */
    private static String print(GraphQLSchema api) {
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                        .includeDirectives(d -> !DirectiveInfo.isGraphqlSpecifiedDirective(d))
                        .includeSchemaDefinition(false))
                .print(api);
    }
}
