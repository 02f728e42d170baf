package org.entente.subgraph.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.subgraph.errors.ClientException;
import org.hibernate.query.NativeQuery;

/**
 * What reverting a change sets: for each field the change changed, the value it had before. A
 * revert is refused when a later change of the same record changed any of those fields (it
 * would be undone too, unseen); fields no later change touched are restored whatever else
 * changed since. The service applies the values with its own rules and records them as a new
 * change, which can be reverted in turn.
 */
@ApplicationScoped
public class ChangeReverts {

    @Inject
    EntityManager em;

    /** The record a change changed; NOT_FOUND when this subgraph recorded no change with that id. */
    public Target target(String changeId) {
        long id = parseId(changeId);
        List<?> rows = em.createNativeQuery("SELECT entity_type, entity_id, mutation FROM change_log WHERE id = :id")
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ClientException.notFound("no change with id " + changeId);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Target(id, ChangedEntity.valueOf((String) row[0]), ((Number) row[1]).longValue(), (String) row[2]);
    }

    /**
     * {@code current} (the record as it is, read under the lock the caller holds on it) with the
     * fields the change changed set back to their values before it. BAD_USER_INPUT for a change
     * that created the record; CONFLICT with reason LATER_CHANGE when a later change of the record
     * changed any of those fields.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Snapshot restored(Target target, Snapshot current) {
        List<?> rows = em.createNativeQuery("SELECT id, before_values::text, after_values::text FROM change_log"
                        + " WHERE entity_type = :type AND entity_id = :entityId AND id >= :id ORDER BY id")
                .unwrap(NativeQuery.class)
                .setParameter("type", target.type().name(), String.class)
                .setParameter("entityId", target.entityId(), Long.class)
                .setParameter("id", target.changeId(), Long.class)
                .getResultList();
        Object[] change = (Object[]) rows.get(0);
        if (change[1] == null) {
            throw ClientException.badInput("change " + target.changeId() + " created " + target.type() + " "
                    + target.entityId() + "; a creation cannot be reverted");
        }
        Snapshot before = Snapshot.parse((String) change[1]);
        Set<String> fields = Snapshot.parse((String) change[2]).changedFields(before);
        for (Object result : rows.subList(1, rows.size())) {
            Object[] later = (Object[]) result;
            Set<String> overlap = new TreeSet<>(fields);
            overlap.retainAll(Snapshot.parse((String) later[2]).changedFields(Snapshot.parse((String) later[1])));
            if (!overlap.isEmpty()) {
                throw ClientException.laterChange("change " + later[0] + " changed " + String.join(", ", overlap)
                        + " after change " + target.changeId() + ": revert that one first, or edit the record");
            }
        }
        return current.withValuesOf(before, fields);
    }

    private static long parseId(String changeId) {
        try {
            return Long.parseLong(changeId);
        } catch (NumberFormatException e) {
            throw ClientException.notFound("no change with id " + changeId);
        }
    }

    /** A change, the record it changed, and the mutation that made it. */
    public record Target(long changeId, ChangedEntity type, long entityId, String mutation) {}
}
