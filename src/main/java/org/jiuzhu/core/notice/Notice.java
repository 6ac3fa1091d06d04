package org.jiuzhu.core.notice;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A notice as it stands: its text in Markdown, the regions it is for, when it is published and until when.
 *
 * @param expiresOn the last day it is shown, or null for no end
 */
public record Notice(long id, NoticeCategory category, String title, String body, List<String> regions,
                     Instant publishAt, @Nullable LocalDate expiresOn, int revision, String authorRegion,
                     Instant updatedAt, @Nullable Instant withdrawnAt) {

    /** Where a notice is in its life, seen at a moment. */
    public enum State {
        SCHEDULED, PUBLISHED, EXPIRED, WITHDRAWN;

        public String messageKey() {
            return "core.notice.state." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public State state(Instant now, LocalDate today) {
        if (withdrawnAt != null) {
            return State.WITHDRAWN;
        }
        if (publishAt.isAfter(now)) {
            return State.SCHEDULED;
        }
        return expiresOn != null && expiresOn.isBefore(today) ? State.EXPIRED : State.PUBLISHED;
    }

    /** A text the notice had before an edit. */
    public record Revision(int revision, NoticeCategory category, String title, String body, Instant editedAt) {
    }
}
