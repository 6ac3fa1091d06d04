package org.jiuzhu.matching.need;

import java.util.Locale;

/** How soon help is needed, as the resident (or caseworker) judges it; stored as its level 1 to 3. */
public enum Urgency {
    NORMAL(1), PRESSING(2), URGENT(3);

    private final int level;

    Urgency(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    public static Urgency ofLevel(int level) {
        for (Urgency u : values()) {
            if (u.level == level) {
                return u;
            }
        }
        throw new IllegalArgumentException("no urgency " + level);
    }

    public static Urgency parse(String value) {
        for (Urgency u : values()) {
            if (u.name().equals(value)) {
                return u;
            }
        }
        return null;
    }

    public String messageKey() {
        return "matching.need.urgency." + name().toLowerCase(Locale.ROOT);
    }
}
