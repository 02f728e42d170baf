package org.entente.gateway.execution;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.introspection.GoodFaithIntrospection;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Answers {@code __schema} and {@code __type} from the API schema with graphql-java, without any
 * subgraph. Only the introspection root fields of the operation are executed (the preparer reduced
 * the document to them); the document was validated already, so validation is not repeated.
 */
final class IntrospectionExecutor {

    private final GraphQL graphql;

    IntrospectionExecutor(GraphQLSchema apiSchema) {
        this.graphql = GraphQL.newGraphQL(apiSchema)
                .preparsedDocumentProvider(
                        (input, parseAndValidate) -> CompletableFuture.completedFuture(new PreparsedDocumentEntry(
                                (Document) input.getGraphQLContext().get(Document.class))))
                .build();
    }

    /** @param introspection the operation reduced to its introspection root fields (prepared once) */
    @SuppressWarnings("unchecked")
    Map<String, Object> execute(Document introspection, String operationName, Map<String, Object> variables) {
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query("introspection")
                .operationName(operationName)
                .variables(variables)
                // graphql-java's "good faith" check refuses more than one __type per request; our own
                // depth and alias limits already bound introspection, and clients (the dataset loader)
                // legitimately ask for several types at once.
                .graphQLContext(Map.of(
                        Document.class, introspection, GoodFaithIntrospection.GOOD_FAITH_INTROSPECTION_DISABLED, true))
                .build();
        ExecutionResult result = graphql.execute(input);
        Object data = result.getData();
        return data instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
