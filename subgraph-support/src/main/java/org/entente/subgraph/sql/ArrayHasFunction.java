package org.entente.subgraph.sql;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Registers the HQL function {@code array_has(array, column)}: PostgreSQL's {@code column = any(array)}.
 * {@link IdsCondition} uses it to filter by a batch of ids with one array parameter.
 */
public final class ArrayHasFunction implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        contributions
                .getFunctionRegistry()
                .registerPattern(
                        "array_has",
                        "(?2=any(?1))",
                        contributions
                                .getTypeConfiguration()
                                .getBasicTypeRegistry()
                                .resolve(StandardBasicTypes.BOOLEAN));
    }
}
