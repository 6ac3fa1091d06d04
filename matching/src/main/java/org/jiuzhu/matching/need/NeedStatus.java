package org.jiuzhu.matching.need;

import java.util.Locale;

/**
 * Only SHARED needs reach charities. MATCHED: the resident accepted one organization's offer, so no other charity is
 * shown the need while it is being served (no double service); MET: that aid was delivered. WITHDRAWN: the resident
 * revoked their consent.
 */
public enum NeedStatus {
    SHARED, MATCHED, MET, WITHDRAWN;

    public String messageKey() {
        return "matching.need.status." + name().toLowerCase(Locale.ROOT);
    }

    /** Consent still stands and the resident may take it back. */
    public boolean revocable() {
        return this == SHARED || this == MATCHED;
    }
}
