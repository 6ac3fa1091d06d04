package org.jiuzhu.core.complaint;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.complaint.persistence.ComplaintStore;
import org.jiuzhu.core.complaint.persistence.ExtensionStore;
import org.jiuzhu.core.form.FieldErrors;

import java.time.Clock;
import java.util.Optional;

/**
 * The handling office's steps: sign for a dispatched complaint (签收: the working-day clock starts) or return it to
 * the dispatcher with a reason (退回); reply (答复) once handled; ask a supervisor for more time.
 */
@Singleton
public class Handling {

    public static final int MAX_EXTENSION_DAYS = 15;
    private static final int MAX_REASON = 1000;
    private static final int MIN_REPLY = 10;
    private static final int MAX_REPLY = 3000;

    private final ComplaintStore store;
    private final ExtensionStore extensions;
    private final Steps steps;
    private final Clock clock;

    Handling(ComplaintStore store, ExtensionStore extensions, Steps steps, Clock clock) {
        this.store = store;
        this.extensions = extensions;
        this.steps = steps;
        this.clock = clock;
    }

    @Transactional
    public FieldErrors sign(Actor handler, long id, long version, String ip) {
        FieldErrors errors = new FieldErrors();
        Optional<ComplaintStore.Row> row = atOffice(handler, id, ComplaintStatus.DISPATCHED);
        if (row.isEmpty()) {
            return errors.add("sign", "core.complaint.error.notNow");
        }
        if (!store.sign(id, version, clock.instant(), steps.dueFromToday(ComplaintType.valueOf(row.get().type())))) {
            return errors.add("sign", "core.complaint.error.changed");
        }
        steps.event(id, handler.accountId(), "SIGNED", ConflictOfInterest.office(row.get()), null, true);
        steps.audit(handler, "COMPLAINT_SIGNED", id, ip, null);
        return errors;
    }

    /** Not this office's matter: back to the dispatchers, with the reason they need to send it elsewhere. */
    @Transactional
    public FieldErrors giveBack(Actor handler, long id, long version, String reason, String ip) {
        FieldErrors errors = new FieldErrors();
        Optional<ComplaintStore.Row> row = atOffice(handler, id, ComplaintStatus.DISPATCHED);
        String text = reason == null ? "" : reason.strip();
        if (row.isEmpty()) {
            return errors.add("reason", "core.complaint.error.notNow");
        }
        if (text.isEmpty() || text.length() > MAX_REASON) {
            return errors.add("reason", "core.complaint.error.reason");
        }
        if (!store.giveBack(id, version)) {
            return errors.add("reason", "core.complaint.error.changed");
        }
        steps.event(id, handler.accountId(), "RETURNED", ConflictOfInterest.office(row.get()), text, false);
        steps.audit(handler, "COMPLAINT_RETURNED", id, ip, null);
        steps.tellSupervisors(row.get().regionCode(), "core.notification.complaintReturned", id);
        return errors;
    }

    @Transactional
    public FieldErrors reply(Actor handler, long id, long version, String reply, String ip) {
        FieldErrors errors = new FieldErrors();
        Optional<ComplaintStore.Row> row = atOffice(handler, id, ComplaintStatus.HANDLING);
        String text = reply == null ? "" : reply.strip();
        if (row.isEmpty()) {
            return errors.add("reply", "core.complaint.error.notNow");
        }
        if (text.length() < MIN_REPLY || text.length() > MAX_REPLY) {
            return errors.add("reply", "core.complaint.error.reply");
        }
        boolean onTime = !steps.today().isAfter(row.get().dueOn());
        if (!store.reply(id, version, text, clock.instant(), onTime)) {
            return errors.add("reply", "core.complaint.error.changed");
        }
        // A request for more time is moot once the reply is given; left pending it could later move a new deadline.
        extensions.pending(id).ifPresent(p -> extensions.decide(p.id(), "WITHDRAWN", handler.accountId(),
                clock.instant(), null));
        steps.event(id, handler.accountId(), "REPLIED", ConflictOfInterest.office(row.get()), text, true);
        steps.audit(handler, "COMPLAINT_REPLIED", id, ip, "onTime=" + onTime);
        steps.tellComplainant(row.get(), "core.notification.complaintReplied");
        return errors;
    }

    /** One request at a time, of 1 to {@value #MAX_EXTENSION_DAYS} working days, with a reason. */
    @Transactional
    public FieldErrors askExtension(Actor handler, long id, String days, String reason, String ip) {
        FieldErrors errors = new FieldErrors();
        Optional<ComplaintStore.Row> row = atOffice(handler, id, ComplaintStatus.HANDLING);
        if (row.isEmpty()) {
            return errors.add("days", "core.complaint.error.notNow");
        }
        if (extensions.pending(id).isPresent()) {
            return errors.add("days", "core.complaint.error.extensionPending");
        }
        int asked = parseDays(days);
        if (asked < 1 || asked > MAX_EXTENSION_DAYS) {
            errors.add("days", "core.complaint.error.days");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            errors.add("extensionReason", "core.complaint.error.reason");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        extensions.insert(new ExtensionStore.Row(null, id, asked, text, handler.accountId(), clock.instant(),
                "PENDING", null, null, null));
        steps.event(id, handler.accountId(), "EXTENSION_ASKED", ConflictOfInterest.office(row.get()),
                asked + "", false);
        steps.audit(handler, "COMPLAINT_EXTENSION_ASKED", id, ip, "days=" + asked);
        steps.tellSupervisors(row.get().regionCode(), "core.notification.complaintExtension", id);
        return errors;
    }

    private Optional<ComplaintStore.Row> atOffice(Actor handler, long id, ComplaintStatus status) {
        return steps.lock(handler, id).filter(r -> r.status().equals(status.name()) && r.officeRegion() != null
                && ConflictOfInterest.office(r).staffedBy(handler));
    }

    private static int parseDays(String days) {
        try {
            return days == null ? 0 : Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
