package org.jiuzhu.core.complaint;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.complaint.persistence.ComplaintStore;
import org.jiuzhu.core.form.FieldErrors;

import java.time.Clock;
import java.util.Optional;

/**
 * The dispatcher's steps (supervisors and hotline operators): send a received complaint to an office (派单), never
 * to the office it is about, and record the follow-up call (回访) after the reply.
 */
@Singleton
public class Dispatch {

    /** What the follow-up found: a rating, or nobody could be reached (the complaint closes unrated). */
    public enum FollowUp { SATISFIED, BASICALLY_SATISFIED, NOT_SATISFIED, NOT_REACHED }

    private static final int MAX_NOTE = 1000;

    private final ComplaintStore store;
    private final Offices offices;
    private final Steps steps;
    private final Rating rating;
    private final Clock clock;

    Dispatch(ComplaintStore store, Offices offices, Steps steps, Rating rating, Clock clock) {
        this.store = store;
        this.offices = offices;
        this.steps = steps;
        this.rating = rating;
        this.clock = clock;
    }

    @Transactional
    public FieldErrors dispatch(Actor dispatcher, long id, long version, String officeKey, String note, String ip) {
        FieldErrors errors = new FieldErrors();
        Optional<ComplaintStore.Row> locked = steps.lock(dispatcher, id);
        if (locked.isEmpty() || !ComplaintDesk.dispatches(dispatcher)
                || !locked.get().status().equals(ComplaintStatus.RECEIVED.name())) {
            return errors.add("office", "core.complaint.error.notNow");
        }
        ComplaintStore.Row row = locked.get();
        Optional<Office> office = Office.parse(officeKey).filter(o -> offices.mayHandle(row.regionCode(), o));
        String text = note == null ? "" : note.strip();
        if (office.isEmpty()) {
            return errors.add("office", "core.complaint.error.office");
        }
        if (ConflictOfInterest.forbidsDispatch(row, office.get())) {
            steps.audit(dispatcher, "COMPLAINT_DISPATCH_REFUSED", id, ip, "reason=conflict-of-interest");
            return errors.add("office", "core.complaint.error.conflict");
        }
        if (text.length() > MAX_NOTE) {
            return errors.add("note", "core.complaint.error.note");
        }
        if (!store.dispatch(id, version, office.get().regionCode(), office.get().departmentName(), clock.instant())) {
            return errors.add("office", "core.complaint.error.changed");
        }
        steps.event(id, dispatcher.accountId(), "DISPATCHED", office.get(), text.isEmpty() ? null : text, true);
        steps.audit(dispatcher, "COMPLAINT_DISPATCHED", id, ip, "office=" + office.get().key());
        steps.tellOffice(office.get(), "core.notification.complaintDispatched", id);
        return errors;
    }

    /** The follow-up call's result; a first "not satisfied" sends the complaint back to the same office. */
    @Transactional
    public FieldErrors followUp(Actor dispatcher, long id, long version, String result, String note, String ip) {
        FieldErrors errors = new FieldErrors();
        Optional<ComplaintStore.Row> locked = steps.lock(dispatcher, id);
        if (locked.isEmpty() || !ComplaintDesk.dispatches(dispatcher)
                || !locked.get().status().equals(ComplaintStatus.REPLIED.name())) {
            return errors.add("result", "core.complaint.error.notNow");
        }
        FollowUp outcome;
        try {
            outcome = FollowUp.valueOf(result == null ? "" : result);
        } catch (IllegalArgumentException e) {
            return errors.add("result", "core.complaint.error.result");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            return errors.add("note", "core.complaint.error.note");
        }
        if (locked.get().version() != version) {
            return errors.add("result", "core.complaint.error.changed");
        }
        if (outcome == FollowUp.NOT_REACHED) {
            store.close(id, version, null, clock.instant());
            steps.event(id, dispatcher.accountId(), "NOT_REACHED", null, text.isEmpty() ? null : text, false);
            steps.event(id, dispatcher.accountId(), "CLOSED", null, null, true);
            steps.audit(dispatcher, "COMPLAINT_CLOSED", id, ip, "followUp=NOT_REACHED");
            return errors;
        }
        rating.apply(locked.get(), Satisfaction.valueOf(outcome.name()), text, dispatcher, ip);
        return errors;
    }
}
