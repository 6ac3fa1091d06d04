package org.jiuzhu.matching.organization;

import java.util.Locale;

/** Registered organizations wait for a supervisor; only verified ones publish offers. */
public enum OrganizationStatus {
    PENDING, VERIFIED, REJECTED;

    public String messageKey() {
        return "matching.organization.status." + name().toLowerCase(Locale.ROOT);
    }
}
