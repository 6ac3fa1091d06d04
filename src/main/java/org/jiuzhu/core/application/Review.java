package org.jiuzhu.core.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** One later review of an approved household: {@code taperUntil} is the last day of the taper, or null. */
public record Review(Outcome outcome, String reason, LocalDate taperUntil, Instant reviewedAt) {

    /** Keep paying; taper off over the region's taper months; end the aid. */
    public enum Outcome {
        CONTINUE, TAPER, EXIT;

        public String messageKey() {
            return "core.review.outcome." + name().toLowerCase(Locale.ROOT);
        }
    }
}
