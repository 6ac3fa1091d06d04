package org.jiuzhu.core.privacy;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** Reads the field-encryption and blind-index keys from configuration; there is no default outside demo mode. */
@Factory
class DataKeysFactory {

    @Singleton
    DataKeys dataKeys(Environment environment) {
        Map<String, String> properties = new HashMap<>();
        environment.getProperty("jiuzhu.keys.current-id", String.class)
                .ifPresent(v -> properties.put("jiuzhu.keys.current-id", v));
        environment.getProperty("jiuzhu.keys.blind-index", String.class)
                .ifPresent(v -> properties.put("jiuzhu.keys.blind-index", v));
        environment.getProperties("jiuzhu.keys.data")
                .forEach((id, value) -> properties.put("jiuzhu.keys.data." + id, String.valueOf(value)));
        if (!properties.containsKey("jiuzhu.keys.current-id") || !properties.containsKey("jiuzhu.keys.blind-index")) {
            throw new ConfigurationException("Personal-data keys are not configured: set JIUZHU_KEYS_CURRENT_ID, "
                    + "JIUZHU_KEYS_DATA_<id> (base64, 16 bytes) and JIUZHU_KEYS_BLIND_INDEX (base64, 32 bytes)");
        }
        return DataKeys.fromProperties(properties);
    }
}
