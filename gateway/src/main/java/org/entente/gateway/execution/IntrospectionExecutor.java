package org.entente.gateway.execution;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.introspection.GoodFaithIntrospection;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Answers {@code __schema} and {@code __type} from the API schema with graphql-java, without any
 * subgraph. Only the introspection root fields of the operation are executed; the document was
 * validated already, so validation is not repeated.
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

    @SuppressWarnings("unchecked")
    Map<String, Object> execute(Document document, String operationName, Map<String, Object> variables) {
        Document introspectionOnly = onlyIntrospection(document, operationName);
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query("introspection")
                .operationName(operationName)
                .variables(variables)
                // graphql-java's "good faith" check refuses more than one __type per request; our own
                // depth and alias limits already bound introspection, and clients (the dataset loader)
                // legitimately ask for several types at once.
                .graphQLContext(Map.of(
                        Document.class,
                        introspectionOnly,
                        GoodFaithIntrospection.GOOD_FAITH_INTROSPECTION_DISABLED,
                        true))
                .build();
        ExecutionResult result = graphql.execute(input);
        Object data = result.getData();
        return data instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Document onlyIntrospection(Document document, String operationName) {
        List<Definition> definitions = new ArrayList<>();
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof OperationDefinition op
                    && (operationName == null || operationName.isEmpty() || operationName.equals(op.getName()))) {
                List<Selection> kept = new ArrayList<>();
                for (Selection<?> s : op.getSelectionSet().getSelections()) {
                    if (s instanceof Field f
                            && (f.getName().equals("__schema") || f.getName().equals("__type"))) {
                        kept.add(s);
                    }
                }
                definitions.add(op.transform(
                        b -> b.selectionSet(SelectionSet.newSelectionSet(kept).build())));
            } else if (!(d instanceof OperationDefinition)) {
                definitions.add(d);
            }
        }
        return document.transform(b -> b.definitions(definitions));
    }
}
