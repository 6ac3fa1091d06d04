package org.jiuzhu.core.privacy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Key material for field encryption and the blind index. Immutable.
 *
 * <p>Several data keys may be present so that old ciphertexts stay readable after rotation;
 * only the current one is used for new encryptions. Messages and {@link #toString()} never
 * contain key bytes; errors name properties, never values.
 */
public final class DataKeys {

    public static final String CURRENT_ID = "jiuzhu.keys.current-id";
    public static final String DATA_KEY_PREFIX = "jiuzhu.keys.data.";
    public static final String BLIND_INDEX_KEY = "jiuzhu.keys.blind-index";

    static final int DATA_KEY_BYTES = 16;
    static final int BLIND_INDEX_KEY_BYTES = 32;

    private final Map<Integer, byte[]> dataKeys;
    private final int currentKeyId;
    private final byte[] blindIndexKey;

    public DataKeys(Map<Integer, byte[]> dataKeys, int currentKeyId, byte[] blindIndexKey) {
        if (dataKeys == null || dataKeys.isEmpty()) {
            throw new IllegalArgumentException("at least one data key is required");
        }
        this.dataKeys = copyValidated(dataKeys);
        if (!this.dataKeys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("no data key with the current id " + currentKeyId);
        }
        if (blindIndexKey == null || blindIndexKey.length != BLIND_INDEX_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "the blind index key must be " + BLIND_INDEX_KEY_BYTES + " bytes");
        }
        this.currentKeyId = currentKeyId;
        this.blindIndexKey = blindIndexKey.clone();
    }

    public static DataKeys fromProperties(Map<String, String> properties) {
        if (properties == null) {
            throw new IllegalArgumentException("key properties are required");
        }
        int currentId = keyId(required(properties, CURRENT_ID), CURRENT_ID);
        Map<Integer, byte[]> dataKeys = new HashMap<>();
        properties.forEach((name, value) -> {
            if (name.startsWith(DATA_KEY_PREFIX)) {
                int id = keyId(name.substring(DATA_KEY_PREFIX.length()), name);
                dataKeys.put(id, decode(value, name));
            }
        });
        byte[] blindIndexKey = decode(required(properties, BLIND_INDEX_KEY), BLIND_INDEX_KEY);
        return new DataKeys(dataKeys, currentId, blindIndexKey);
    }

    /** A fresh key set with current id 1, as properties readable by {@link #fromProperties}. */
    public static Map<String, String> generate(SecureRandom random) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(CURRENT_ID, "1");
        properties.put(DATA_KEY_PREFIX + 1, randomBase64(random, DATA_KEY_BYTES));
        properties.put(BLIND_INDEX_KEY, randomBase64(random, BLIND_INDEX_KEY_BYTES));
        return Collections.unmodifiableMap(properties);
    }

    public int currentKeyId() {
        return currentKeyId;
    }

    boolean hasDataKey(int keyId) {
        return dataKeys.containsKey(keyId);
    }

    byte[] dataKey(int keyId) {
        byte[] key = dataKeys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("no data key with id " + keyId);
        }
        return key.clone();
    }

    byte[] blindIndexKey() {
        return blindIndexKey.clone();
    }

    @Override
    public String toString() {
        return "DataKeys[current=" + currentKeyId + ", ids=" + dataKeys.keySet() + "]";
    }

    private static Map<Integer, byte[]> copyValidated(Map<Integer, byte[]> keys) {
        Map<Integer, byte[]> copy = new TreeMap<>();
        keys.forEach((id, key) -> {
            // The id is stored in a single byte of every ciphertext; 0 is reserved.
            if (id == null || id < 1 || id > 255) {
                throw new IllegalArgumentException("data key ids must be between 1 and 255");
            }
            if (key == null || key.length != DATA_KEY_BYTES) {
                throw new IllegalArgumentException(
                        "data key " + id + " must be " + DATA_KEY_BYTES + " bytes");
            }
            copy.put(id, key.clone());
        });
        return Collections.unmodifiableMap(copy);
    }

    private static String randomBase64(SecureRandom random, int bytes) {
        byte[] key = new byte[bytes];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String required(Map<String, String> properties, String name) {
        String value = properties.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    private static int keyId(String text, String property) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " does not contain a numeric key id");
        }
    }

    private static byte[] decode(String value, String property) {
        if (value == null) {
            throw new IllegalArgumentException(property + " is missing");
        }
        try {
            return Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            // The decoder's message may quote the offending character, so it is not passed on.
            throw new IllegalArgumentException(property + " is not valid base64");
        }
    }
}
