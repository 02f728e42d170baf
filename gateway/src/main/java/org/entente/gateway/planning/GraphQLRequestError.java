package org.entente.gateway.planning;

import java.util.List;
import java.util.Map;
import org.entente.gateway.plugin.ResponseError;

/** A request refused before execution (syntax, validation, limits): the errors that say why. */
public record GraphQLRequestError(List<ResponseError> errors) {

    public static GraphQLRequestError of(String message, String code, Map<String, Object> moreExtensions) {
        return new GraphQLRequestError(List.of(ResponseError.of(message, code, moreExtensions)));
    }
}
