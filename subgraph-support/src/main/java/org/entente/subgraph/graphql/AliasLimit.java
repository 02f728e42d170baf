package org.entente.subgraph.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Refuses, before anything is read, a document that uses more aliases than the maximum: aliases
 * let one request ask for the same expensive field many times over ({@code a1: actors(first: 100)
 * a2: actors(first: 100) ...}). Every aliased field of the document counts, as at the gateway.
 */
final class AliasLimit extends SimplePerformantInstrumentation {
    private final int maxAliases;

    AliasLimit(int maxAliases) {
        this.maxAliases = maxAliases;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        int aliases = aliases(parameters.getExecutionContext().getDocument());
        if (aliases > maxAliases) {
            throw OperationLimitError.abort(
                    "The operation uses " + aliases + " aliases; the most this service accepts is " + maxAliases,
                    "maxAliases",
                    maxAliases,
                    aliases);
        }
        return SimpleInstrumentationContext.noOp();
    }

    static int aliases(Document document) {
        int[] count = {0};
        new NodeTraverser()
                .preOrder(
                        new NodeVisitorStub() {
                            @Override
                            public TraversalControl visitField(Field field, TraverserContext<Node> context) {
                                if (field.getAlias() != null) {
                                    count[0]++;
                                }
                                return TraversalControl.CONTINUE;
                            }
                        },
                        document);
        return count[0];
    }
}
