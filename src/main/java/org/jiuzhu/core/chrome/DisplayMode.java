package org.jiuzhu.core.chrome;

import java.util.Locale;
import java.util.Optional;

/**
 * How pages are shown: the standard display, or the elder-friendly one (长辈版: larger text, stronger contrast,
 * larger targets, the main tasks as large buttons), as the MIIT rules for ageing-friendly websites ask.
 */
public enum DisplayMode {
    STANDARD, ELDER;

    /** What the cookie and the account hold. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Unknown text is no choice at all, never an error: it comes from a cookie or a form anyone can write. */
    public static Optional<DisplayMode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DisplayMode mode : values()) {
            if (mode.value().equalsIgnoreCase(text.trim())) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
