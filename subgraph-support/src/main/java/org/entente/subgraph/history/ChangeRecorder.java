package org.entente.subgraph.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.entente.subgraph.input.ClientText;
import org.entente.subgraph.security.EditorSubject;
import org.hibernate.query.NativeQuery;

/**
 * Records each change of a record in the service's {@code change_log} table (each service has its
 * own, made by its own migration), in the transaction of the change itself: the change and its
 * record commit together or not at all, so nothing changes without its record, and a refused or
 * failed write leaves none.
 */
@ApplicationScoped
public class ChangeRecorder {
    /** The longest reason an editor may give; the column has no limit, this is ours. */
    public static final int MAX_REASON = 1_000;

    /** The description of the {@code reason} argument every mutation takes. */
    public static final String REASON = "Why the change is made, kept with it in the history; at most " + MAX_REASON
            + " characters (BAD_USER_INPUT when longer).";

    @Inject
    EntityManager em;

    @Inject
    EditorSubject editor;

    /** The reason as stored: stripped, null when blank; BAD_USER_INPUT when longer than {@link #MAX_REASON}. */
    public static String reason(String text) {
        return ClientText.optional(text, "reason", MAX_REASON);
    }

    /**
     * Records that {@code mutation} changed the record from {@code before} (null: it created it)
     * to {@code after}, returning the change's id; nothing (null) when both are equal (the write
     * changed nothing). Runs only inside the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Long record(
            String mutation, ChangedEntity type, long entityId, Snapshot before, Snapshot after, String reason) {
        return recordAs(editor.subject(), mutation, type, entityId, before, after, reason);
    }

    /**
     * As {@link #record}, for a change made on behalf of {@code editorSubject} outside its request:
     * one service carrying out an editor's change that another service accepted (a merge of actors).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Long recordAs(
            String editorSubject,
            String mutation,
            ChangedEntity type,
            long entityId,
            Snapshot before,
            Snapshot after,
            String reason) {
        String why = reason(reason);
        if (after.equals(before)) {
            return null;
        }
        Object id = em.createNativeQuery("""
                        INSERT INTO change_log (editor, mutation, entity_type, entity_id, before_values, after_values, reason)
                        VALUES (:editor, :mutation, :type, :entityId, CAST(:before AS jsonb), CAST(:after AS jsonb), :reason)
                        RETURNING id""")
                .unwrap(NativeQuery.class)
                // typed, so that a null binds as text and PostgreSQL can infer the parameter's type
                .setParameter("editor", editorSubject, String.class)
                .setParameter("mutation", mutation, String.class)
                .setParameter("type", type.name(), String.class)
                .setParameter("entityId", entityId, Long.class)
                .setParameter("before", before == null ? null : before.toString(), String.class)
                .setParameter("after", after.toString(), String.class)
                .setParameter("reason", why, String.class)
                .getSingleResult();
        return ((Number) id).longValue();
    }
}
