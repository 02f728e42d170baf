package org.entente.gateway.execution;

import java.util.List;

/**
 * Where a value is in the response, as a chain from the root: one small object per step instead
 * of a copy of the whole path at every step, since only an error needs the path as a list.
 */
record ResponsePath(ResponsePath parent, Object segment, int length) {

    static final ResponsePath ROOT = new ResponsePath(null, null, 0);

    ResponsePath then(Object next) {
        return new ResponsePath(this, next, length + 1);
    }

    List<Object> toList() {
        Object[] segments = new Object[length];
        for (ResponsePath p = this; p.parent != null; p = p.parent) {
            segments[p.length - 1] = p.segment;
        }
        return List.of(segments);
    }
}
