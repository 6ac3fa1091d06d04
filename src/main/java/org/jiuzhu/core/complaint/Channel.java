package org.jiuzhu.core.complaint;

import java.util.Locale;

/** How a complaint came in. */
public enum Channel {
    ONLINE, HOTLINE;

    public String messageKey() {
        return "core.complaint.channel." + name().toLowerCase(Locale.ROOT);
    }
}
