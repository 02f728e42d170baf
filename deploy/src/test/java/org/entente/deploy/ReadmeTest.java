package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The objects the validation assumes an operator creates by hand are the ones README tells them to create. */
class ReadmeTest {

    @Test
    void everyInstallTimeObjectHasItsCreateCommand() throws Exception {
        String readme = Files.readString(RepoLayout.deploy().resolve("README.md"));
        List<String> missing = new ArrayList<>();
        ObjectReferences.INSTALL_TIME_SECRETS.forEach((name, keys) -> {
            if (!readme.contains("create secret generic " + name) && !readme.contains("create secret tls " + name)) {
                missing.add("Secret " + name);
            }
        });
        ObjectReferences.INSTALL_TIME_CONFIG_MAPS.forEach((name, keys) -> {
            if (!readme.contains("create configmap " + name)) {
                missing.add("ConfigMap " + name);
            }
            keys.forEach(key -> {
                if (!readme.contains(key + "=")) {
                    missing.add("ConfigMap " + name + " key " + key);
                }
            });
        });
        assertEquals(List.of(), missing, "deploy/README.md step 3 must create these");
    }
}
