package org.jiuzhu.core.eligibility;

import java.util.Locale;

public enum SpecialAid {
    MEDICAL, EDUCATION, HOUSING, EMPLOYMENT, DISASTER, TEMPORARY, CARE_SERVICES, OTHER;

    public String messageKey() {
        return "core.aid." + name().toLowerCase(Locale.ROOT);
    }
}
