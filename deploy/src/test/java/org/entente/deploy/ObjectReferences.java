package org.entente.deploy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which ConfigMaps and Secrets will exist in the namespace, with their keys: the ones the overlay
 * renders, the `<cluster>-app` Secret CloudNativePG creates for every Cluster, and the few that
 * an operator creates by hand at install time (deploy/README.md gives each command).
 */
final class ObjectReferences {

    /** Keys of the `<cluster>-app` Secret, per the CloudNativePG documentation ("Secrets"). */
    static final Set<String> CLOUDNATIVE_PG_APP_KEYS =
            Set.of("username", "password", "host", "port", "dbname", "pgpass", "uri", "jdbc-uri");

    /** Created at install time, outside kustomize: they hold per-installation keys. */
    static final Map<String, Set<String>> INSTALL_TIME_SECRETS = Map.of(
            "entente-loader-token", Set.of("token"),
            "entente-backup-s3", Set.of("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"),
            "entente-tls", Set.of("tls.crt", "tls.key"));

    static final Map<String, Set<String>> INSTALL_TIME_CONFIG_MAPS =
            Map.of("entente-jwt-public-key", Set.of("publicKey.pem"));

    private final Map<String, Map<String, String>> configMaps = new HashMap<>();
    private final Map<String, Set<String>> secrets = new HashMap<>(INSTALL_TIME_SECRETS);

    ObjectReferences(List<K8sObject> objects) {
        for (K8sObject o : objects) {
            if (o.is("ConfigMap")) {
                configMaps.put(o.name(), K8sObject.stringMap(o.json().path("data")));
            }
            if (o.is("Secret")) {
                Set<String> keys =
                        new TreeSet<>(K8sObject.stringMap(o.json().path("data")).keySet());
                keys.addAll(K8sObject.stringMap(o.json().path("stringData")).keySet());
                secrets.put(o.name(), keys);
            }
            if (o.is("Cluster")) {
                secrets.put(o.name() + "-app", CLOUDNATIVE_PG_APP_KEYS);
            }
        }
    }

    boolean secretExists(String name) {
        return secrets.containsKey(name);
    }

    boolean secretHasKey(String name, String key) {
        return secrets.getOrDefault(name, Set.of()).contains(key);
    }

    boolean configMapExists(String name) {
        return configMaps.containsKey(name) || INSTALL_TIME_CONFIG_MAPS.containsKey(name);
    }

    boolean configMapHasKey(String name, String key) {
        return configMapKeys(name).map(keys -> keys.contains(key)).orElse(false);
    }

    Optional<Set<String>> configMapKeys(String name) {
        if (configMaps.containsKey(name)) {
            return Optional.of(configMaps.get(name).keySet());
        }
        return Optional.ofNullable(INSTALL_TIME_CONFIG_MAPS.get(name));
    }

    Map<String, String> configMapData(String name) {
        return configMaps.getOrDefault(name, Map.of());
    }
}
