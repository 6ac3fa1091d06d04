package org.jiuzhu.core.privacy;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.context.annotation.Context;

import java.util.HashMap;
import java.util.Map;

/** Reads the field-encryption and blind-index keys from configuration; there is no default outside demo mode. */
@Factory
class DataKeysFactory {

    /** Created at start-up, so missing or malformed keys stop the product before it takes a request. */
    @Context
    DataKeys dataKeys(Environment environment) {
        Map<String, String> properties = new HashMap<>();
        environment.getProperty("jiuzhu.keys.current-id", String.class)
                .ifPresent(v -> properties.put("jiuzhu.keys.current-id", v));
        environment.getProperty("jiuzhu.keys.blind-index", String.class)
                .ifPresent(v -> properties.put("jiuzhu.keys.blind-index", v));
        // Micronaut does not map a numeric segment of an environment variable (JIUZHU_KEYS_DATA_1) to
        // jiuzhu.keys.data.1, so each id is looked up both ways.
        for (int id = 1; id <= 255; id++) {
            String name = "jiuzhu.keys.data." + id;
            String value = environment.getProperty(name, String.class).orElse(System.getenv("JIUZHU_KEYS_DATA_" + id));
            if (value != null) {
                properties.put(name, value);
            }
        }
        if (!properties.containsKey("jiuzhu.keys.current-id") || !properties.containsKey("jiuzhu.keys.blind-index")) {
            throw new ConfigurationException("Personal-data keys are not configured: set JIUZHU_KEYS_CURRENT_ID, "
                    + "JIUZHU_KEYS_DATA_<id> for ids 1 to 255 (base64, 16 bytes) and JIUZHU_KEYS_BLIND_INDEX (base64, 32 bytes)");
        }
        return DataKeys.fromProperties(properties);
    }
}
