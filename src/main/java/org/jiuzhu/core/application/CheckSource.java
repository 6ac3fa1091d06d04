package org.jiuzhu.core.application;

import java.util.Locale;

/** Where the household's income and assets may be checked, as the authorization lists them. */
public enum CheckSource {
    BANK_DEPOSITS, REAL_ESTATE, VEHICLES, SOCIAL_INSURANCE, PROVIDENT_FUND, BUSINESS_REGISTRATION, TAX;

    public String messageKey() {
        return "core.source." + name().toLowerCase(Locale.ROOT);
    }
}
