package org.jiuzhu.core.application;

import java.time.Instant;
import java.util.Locale;

/** A change the resident reported after submitting: income, household members, address, or something else. */
public record ChangeReport(long id, Kind kind, String description, Instant reportedAt) {

    public enum Kind {
        INCOME, MEMBERS, ADDRESS, OTHER;

        public String messageKey() {
            return "core.change.kind." + name().toLowerCase(Locale.ROOT);
        }
    }
}
