package org.jiuzhu.core.account;

import java.util.Locale;

/** The departments that exchange data and take referrals. */
public enum Department {
    EDUCATION, HRSS, HEALTH, MEDICAL_SECURITY, HOUSING, EMERGENCY, AGRICULTURE, DISABLED_FEDERATION, TRADE_UNION,
    CIVIL_AFFAIRS;

    public String messageKey() {
        return "core.department." + name().toLowerCase(Locale.ROOT);
    }
}
