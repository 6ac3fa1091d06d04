package org.jiuzhu.core.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field name to message key, first problem per field wins, in the order found. */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(errors);
    }

    /** Throws when anything was found, so a service can collect every problem first and refuse once. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(this);
        }
    }
}
