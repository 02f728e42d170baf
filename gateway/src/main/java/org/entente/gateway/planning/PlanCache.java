package org.entente.gateway.planning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** A bounded LRU of prepared operations keyed by (document text, operation name). */
final class PlanCache {

    private record Key(String document, String operationName) {
    }

    private final Map<Key, PreparedOperation> entries;

    PlanCache(int maxSize) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, PreparedOperation> eldest) {
                return size() > maxSize;
            }
        };
    }

    PreparedOperation get(String document, String operationName, Supplier<PreparedOperation> prepare) {
        Key key = new Key(document, Objects.requireNonNullElse(operationName, ""));
        synchronized (entries) {
            PreparedOperation cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // prepared outside the lock: two racing requests may both plan, which is harmless
        PreparedOperation prepared = prepare.get();
        synchronized (entries) {
            entries.put(key, prepared);
        }
        return prepared;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
