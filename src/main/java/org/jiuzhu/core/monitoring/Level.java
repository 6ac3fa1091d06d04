package org.jiuzhu.core.monitoring;

import java.util.Locale;

/** How soon a warning needs acting on, lowest first. */
public enum Level {
    YELLOW, ORANGE, RED;

    /** The level {@code steps} higher, red at most: each further signal on the same household raises it one. */
    public Level raised(int steps) {
        return values()[Math.min(RED.ordinal(), ordinal() + Math.max(0, steps))];
    }

    public String messageKey() {
        return "core.warning.level." + name().toLowerCase(Locale.ROOT);
    }
}
