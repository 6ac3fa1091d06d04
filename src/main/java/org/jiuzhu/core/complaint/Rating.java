package org.jiuzhu.core.complaint;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.complaint.persistence.ComplaintStore;

import java.time.Clock;

/**
 * A rating of the reply, whether the complainant gives it online or the dispatcher records it on the follow-up call:
 * satisfied closes the complaint (办结); the first "not satisfied" reopens handling at the same office with a new
 * deadline; a second one closes it, rated so.
 */
@Singleton
class Rating {

    private final ComplaintStore store;
    private final Steps steps;
    private final Clock clock;

    Rating(ComplaintStore store, Steps steps, Clock clock) {
        this.store = store;
        this.steps = steps;
        this.clock = clock;
    }

    /** {@code row} is locked, replied and at the version the rater saw; {@code by} is null for the complainant. */
    void apply(ComplaintStore.Row row, Satisfaction satisfaction, String comment, Actor by, String ip) {
        long id = row.id();
        Long actorId = by == null ? null : by.accountId();
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        steps.event(id, actorId, "RATED_" + satisfaction.name(), null, note, true);
        if (!satisfaction.satisfied() && !row.reopened()) {
            store.reopen(id, row.version(), satisfaction.name(),
                    steps.dueFromToday(ComplaintType.valueOf(row.type())));
            Office office = ConflictOfInterest.office(row);
            steps.event(id, actorId, "REOPENED", office, null, true);
            steps.audit(by, "COMPLAINT_REOPENED", id, by == null ? null : ip, "satisfaction=" + satisfaction.name());
            steps.tellOffice(office, "core.notification.complaintReopened", id);
            return;
        }
        store.close(id, row.version(), satisfaction.name(), clock.instant());
        steps.event(id, actorId, "CLOSED", null, null, true);
        steps.audit(by, "COMPLAINT_CLOSED", id, by == null ? null : ip, "satisfaction=" + satisfaction.name());
    }
}
