package org.jiuzhu.core.complaint;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.complaint.persistence.ComplaintStore;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Reminders and escalation. A complaint in handling whose deadline is the next working day or sooner reminds its
 * office once; one past its deadline is escalated once to the supervisors over its place. A dispatched complaint not
 * signed for by the end of the next working day is escalated too, since its clock has not even started. Each mark is
 * an UPDATE guarded by the stage, in the same transaction as its messages: a step taken meanwhile, or another node
 * running this at the same time, means nothing is sent twice or late.
 */
@Singleton
public class Deadlines {

    /** The office signs for a complaint within this many working days of its dispatch. */
    public static final int SIGNING_DAYS = 1;

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
        int sent = remind(today) + escalateOverdue(today) + escalateUnsigned(today);
        if (sent > 0) {
            audit.record(AuditEvent.of(null, "SYSTEM", "COMPLAINT_DEADLINES", AuditResult.SUCCESS, null)
                    .saying("sent=" + sent));
        }
        return sent;
    }

    private int remind(LocalDate today) {
        int sent = 0;
        for (ComplaintStore.Row row : store.dueBy(steps.plusWorkingDays(today, 1))) {
            // Marked even when already overdue (an extension that still ends in the past): escalation covers those,
            // and an unmarked row would come back in every run.
            if (store.remind(row.id(), clock.instant()) && !today.isAfter(row.dueOn())) {
                steps.tellOffice(ConflictOfInterest.office(row), "core.notification.complaintDueSoon", row.id());
                sent++;
            }
        }
        return sent;
    }

    private int escalateOverdue(LocalDate today) {
        int sent = 0;
        for (ComplaintStore.Row row : store.overdue(today)) {
            if (store.escalate(row.id(), ComplaintStatus.HANDLING.name(), clock.instant())) {
                escalated(row, "ESCALATED", "core.notification.complaintOverdue");
                sent++;
            }
        }
        return sent;
    }

    private int escalateUnsigned(LocalDate today) {
        int sent = 0;
        for (ComplaintStore.Row row : store.unsignedSince(clock.instant().minus(Duration.ofDays(1)))) {
            LocalDate dispatched = LocalDate.ofInstant(row.dispatchedAt(), ZoneId.of("Asia/Shanghai"));
            if (today.isAfter(steps.plusWorkingDays(dispatched, SIGNING_DAYS))
                    && store.escalate(row.id(), ComplaintStatus.DISPATCHED.name(), clock.instant())) {
                escalated(row, "UNSIGNED", "core.notification.complaintUnsigned");
                sent++;
            }
        }
        return sent;
    }

    private void escalated(ComplaintStore.Row row, String event, String message) {
        steps.event(row.id(), null, event, ConflictOfInterest.office(row), null, false);
        steps.tellSupervisors(row.regionCode(), message, row.id());
        steps.tellOffice(ConflictOfInterest.office(row), message, row.id());
    }
}
