package org.jiuzhu.core.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** A home visit as recorded: when, who went, what they found (decrypted for staff of the region) and the finding. */
public record Visit(long id, Long warningId, Long applicationId, LocalDate visitedOn, String visitors,
                    String findings, Finding finding, Long raisedWarningId, Instant recordedAt) {

    /** What the visit concluded. */
    public enum Finding {
        /** The warning is borne out; it stays open for whoever acts on it. */
        CONFIRMED,
        /** The warning is not borne out: it closes as a false alarm. */
        NOT_FOUND,
        /** The hardship was met meanwhile: the warning closes as confirmed. */
        RESOLVED,
        /** A household visit found a new signal and raised a warning. */
        SIGNAL,
        /** A household visit found nothing that needs a warning. */
        NOTHING;

        public String messageKey() {
            return "core.visit.finding." + name().toLowerCase(Locale.ROOT);
        }
    }
}
