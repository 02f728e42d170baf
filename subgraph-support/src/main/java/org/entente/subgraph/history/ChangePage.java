package org.entente.subgraph.history;

import org.entente.subgraph.errors.ClientException;

/**
 * A page of changes a client asks for: at most {@code size} after the change {@code afterId}
 * (none: from the newest). Checked when the field is read, before any batch is loaded.
 */
public record ChangePage(int size, Long afterId) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** BAD_USER_INPUT for a size outside 0..{@link #MAX_SIZE} or a cursor this list did not hand out. */
    public static ChangePage of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0 || size > MAX_SIZE) {
            throw ClientException.badInput("first must be between 0 and " + MAX_SIZE + ", was " + size);
        }
        return new ChangePage(size, ChangeCursor.idAfter(after));
    }
}
