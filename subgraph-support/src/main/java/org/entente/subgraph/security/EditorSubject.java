package org.entente.subgraph.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who the current request's editor is: the {@code sub} claim of the bearer token that
 * {@link EditorOnlyInterceptor} admitted, for writes that record who made them. Null before an
 * {@link EditorOnly} method was entered, and when the admitted token has no subject.
 */
@RequestScoped
public class EditorSubject {
    private String subject;

    public String subject() {
        return subject;
    }

    void set(String subject) {
        this.subject = subject;
    }
}
