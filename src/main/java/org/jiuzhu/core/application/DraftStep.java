package org.jiuzhu.core.application;

import java.util.Locale;

/** The pages of the application form, one topic each, in order. */
public enum DraftStep {
    HOUSEHOLD, MEMBERS, FINANCES, NEEDS;

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "core.application.step." + path();
    }
}
