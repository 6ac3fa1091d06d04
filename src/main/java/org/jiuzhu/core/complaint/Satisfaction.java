package org.jiuzhu.core.complaint;

import java.util.Locale;

/** The complainant's rating at the follow-up; the first "not satisfied" sends the complaint back to the office. */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, NOT_SATISFIED;

    public boolean satisfied() {
        return this != NOT_SATISFIED;
    }

    public String messageKey() {
        return "core.complaint.satisfaction." + name().toLowerCase(Locale.ROOT);
    }
}
