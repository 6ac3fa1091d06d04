package org.jiuzhu.core.monitoring;

import java.util.Locale;

/** What checking a warning found; it closes the warning and counts towards its rule's precision. */
public enum Outcome {
    CONFIRMED, FALSE_ALARM;

    public String messageKey() {
        return "core.warning.outcome." + name().toLowerCase(Locale.ROOT);
    }
}
