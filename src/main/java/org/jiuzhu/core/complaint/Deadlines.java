package org.jiuzhu.core.complaint;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.complaint.persistence.ComplaintStore;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Reminders and escalation: a complaint in handling whose deadline is the next working day or sooner reminds its
 * office once; one past its deadline is escalated once to the supervisors over its place. Each is marked in the
 * same transaction as its messages, so two nodes running this at once send each only once.
 */
@Singleton
public class Deadlines {

    private final ComplaintStore store;
    private final Steps steps;
    private final AuditLog audit;
    private final Clock clock;

    Deadlines(ComplaintStore store, Steps steps, AuditLog audit, Clock clock) {
        this.store = store;
        this.steps = steps;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends what is due; answers how many reminders and escalations went out. */
    @Scheduled(fixedDelay = "1h", initialDelay = "3m")
    @Transactional
    public int run() {
        LocalDate today = steps.today();
        int sent = 0;
        for (ComplaintStore.Row row : store.dueBy(steps.plusWorkingDays(today, 1))) {
            if (!today.isAfter(row.dueOn()) && store.remind(row.id(), clock.instant())) {
                steps.tellOffice(ConflictOfInterest.office(row), "core.notification.complaintDueSoon",
                        row.trackingCode(), row.id());
                sent++;
            }
        }
        for (ComplaintStore.Row row : store.overdue(today)) {
            if (store.escalate(row.id(), clock.instant())) {
                steps.event(row.id(), null, "ESCALATED", ConflictOfInterest.office(row), null, false);
                steps.tellSupervisors(row.regionCode(), "core.notification.complaintOverdue", row.trackingCode(),
                        row.id());
                steps.tellOffice(ConflictOfInterest.office(row), "core.notification.complaintOverdue",
                        row.trackingCode(), row.id());
                sent++;
            }
        }
        if (sent > 0) {
            audit.record(AuditEvent.of(null, "SYSTEM", "COMPLAINT_DEADLINES", AuditResult.SUCCESS, null)
                    .saying("sent=" + sent));
        }
        return sent;
    }
}
