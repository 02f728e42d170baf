package org.entente.relations;

/** What connects the two actors of a {@link Link}; the order is the order of links inside a hop. */
public enum LinkKind {
    MEMBERSHIP,
    POSITION,
    PARENT,
    EVENT,
    STATEMENT
}
