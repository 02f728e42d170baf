package org.entente.relations;

import java.util.List;
import java.util.Map;
import org.entente.dates.PartialDate;

/** Reading values out of the federated graph's JSON answers, as the relations' readers need them. */
final class AnswerValues {

    private AnswerValues() {}

    /** The objects of a JSON list (anything else in it, e.g. a null entry, is skipped); empty for a non-list. */
    @SuppressWarnings("unchecked")
    static List<Map<?, ?>> objects(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return (List<Map<?, ?>>) (List<?>)
                list.stream().filter(v -> v instanceof Map<?, ?>).toList();
    }

    /** A PartialDate field's value, or null. */
    static PartialDate date(Object text) {
        return PartialDate.parseNullable((String) text);
    }

    /** The {@code id} of an object. */
    static String idOf(Object entity) {
        return (String) ((Map<?, ?>) entity).get("id");
    }
}
