package org.jiuzhu.core.notice;

import java.util.Locale;

/** What a notice is: the public pages list them by these. */
public enum NoticeCategory {
    POLICY,
    ANNOUNCEMENT,
    PUBLICITY,
    GUIDE;

    public String messageKey() {
        return "core.notice.category." + name().toLowerCase(Locale.ROOT);
    }
}
