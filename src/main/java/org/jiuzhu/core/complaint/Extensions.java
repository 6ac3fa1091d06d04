package org.jiuzhu.core.complaint;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.complaint.persistence.ComplaintStore;
import org.jiuzhu.core.complaint.persistence.ExtensionStore;
import org.jiuzhu.core.form.FieldErrors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** A supervisor's decision on a request for more time: approved moves the deadline by the working days asked. */
@Singleton
public class Extensions {

    private static final int MAX_NOTE = 1000;

    private final ComplaintStore store;
    private final ExtensionStore extensions;
    private final Steps steps;
    private final Clock clock;

    Extensions(ComplaintStore store, ExtensionStore extensions, Steps steps, Clock clock) {
        this.store = store;
        this.extensions = extensions;
        this.steps = steps;
        this.clock = clock;
    }

    public static boolean decides(Actor actor) {
        return actor.is(Role.SUPERVISOR);
    }

    @Transactional
    /** {@code extensionId} is the request the page showed: a newer one is not decided on an older page. */
    public FieldErrors decide(Actor supervisor, long id, long extensionId, boolean approve, String note, String ip) {
        FieldErrors errors = new FieldErrors();
        Optional<ComplaintStore.Row> row = steps.lock(supervisor, id)
                .filter(r -> decides(supervisor) && r.status().equals(ComplaintStatus.HANDLING.name()));
        Optional<ExtensionStore.Row> pending = row.flatMap(r -> extensions.pending(id));
        if (pending.isEmpty()) {
            return errors.add("decisionNote", "core.complaint.error.notNow");
        }
        if (pending.get().id() != extensionId) {
            return errors.add("decisionNote", "core.complaint.error.changed");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE || (!approve && text.isEmpty())) {
            return errors.add("decisionNote", "core.complaint.error.decisionNote");
        }
        extensions.decide(pending.get().id(), approve ? "APPROVED" : "REFUSED", supervisor.accountId(),
                clock.instant(), text.isEmpty() ? null : text);
        Office office = ConflictOfInterest.office(row.get());
        if (approve) {
            LocalDate due = steps.plusWorkingDays(row.get().dueOn(), pending.get().days());
            store.extend(id, due);
            steps.event(id, supervisor.accountId(), "EXTENDED", office, due.toString(), true);
        } else {
            steps.event(id, supervisor.accountId(), "EXTENSION_REFUSED", office, text, false);
        }
        steps.audit(supervisor, approve ? "COMPLAINT_EXTENSION_APPROVED" : "COMPLAINT_EXTENSION_REFUSED", id, ip,
                "days=" + pending.get().days());
        steps.tellOffice(office, approve ? "core.notification.complaintExtended"
                : "core.notification.complaintExtensionRefused", id);
        return errors;
    }
}
