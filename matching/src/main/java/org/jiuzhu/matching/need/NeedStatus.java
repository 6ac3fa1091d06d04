package org.jiuzhu.matching.need;

import java.util.Locale;

/** Only SHARED needs reach charities; WITHDRAWN means the resident revoked their consent. */
public enum NeedStatus {
    SHARED, WITHDRAWN;

    public String messageKey() {
        return "matching.need.status." + name().toLowerCase(Locale.ROOT);
    }
}
