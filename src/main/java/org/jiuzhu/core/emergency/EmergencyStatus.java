package org.jiuzhu.core.emergency;

import java.util.Locale;

/**
 * RECEIVED: waiting for the township. AIDED: a small amount was paid first, the explanation is still due.
 * DOCUMENTED: paid and explained. CLOSED: handled without paying here (referred, or no aid needed), with the reason.
 */
public enum EmergencyStatus {
    RECEIVED, AIDED, DOCUMENTED, CLOSED;

    public String messageKey() {
        return "core.emergency.status." + name().toLowerCase(Locale.ROOT);
    }
}
