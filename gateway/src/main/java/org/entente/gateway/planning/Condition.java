package org.entente.gateway.planning;

import java.util.Map;

/** An {@code @include(if: $v)} or {@code @skip(if: $v)} whose outcome depends on a variable. */
public record Condition(String variable, boolean include) {

    public boolean holds(Map<String, Object> variables) {
        return Boolean.TRUE.equals(variables.get(variable)) == include;
    }

    public String directive() {
        return (include ? "@include" : "@skip") + "(if: $" + variable + ")";
    }
}
