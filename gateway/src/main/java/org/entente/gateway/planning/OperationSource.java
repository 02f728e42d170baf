package org.entente.gateway.planning;

/**
 * Where requests get their prepared operations: a lookup of what was prepared before, cheap enough
 * for an event loop, or the preparation itself (parse, limits, validation, normalization,
 * planning), CPU work that grows with the document and belongs on a worker.
 */
public interface OperationSource {

    /** The operation prepared earlier for this document and operation name, or null. */
    PreparedOperation cached(String document, String operationName);

    /** The cached operation, or one prepared now. */
    PreparedOperation prepare(String document, String operationName);
}
