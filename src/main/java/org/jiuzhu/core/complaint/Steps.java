package org.jiuzhu.core.complaint;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.calendar.WorkingDays;
import org.jiuzhu.core.complaint.persistence.ComplaintStore;
import org.jiuzhu.core.complaint.persistence.EventStore;
import org.jiuzhu.core.notification.Notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** What every step of the workflow does besides its own change: lock, record the event, audit, tell people. */
@Singleton
class Steps {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ComplaintStore store;
    private final EventStore events;
    private final WorkingDays workingDays;
    private final Notifications notifications;
    private final Offices offices;
    private final AuditLog audit;
    private final Clock clock;

    Steps(ComplaintStore store, EventStore events, WorkingDays workingDays, Notifications notifications,
          Offices offices, AuditLog audit, Clock clock) {
        this.store = store;
        this.events = events;
        this.workingDays = workingDays;
        this.notifications = notifications;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The row locked for the transaction if the actor may read it. */
    Optional<ComplaintStore.Row> lock(Actor actor, long id) {
        return store.lock(id).filter(row -> ComplaintDesk.readable(actor, row));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /** The deadline when the clock starts today for this kind of complaint. */
    LocalDate dueFromToday(ComplaintType type) {
        return workingDays.plus(today(), type.workingDays());
    }

    LocalDate plusWorkingDays(LocalDate from, int days) {
        return workingDays.plus(from, days);
    }

    void event(long id, Long actorId, String kind, Office office, String note, boolean shown) {
        events.append(new EventStore.Row(null, id, clock.instant(), actorId, kind,
                office == null ? null : office.regionCode(), office == null ? null : office.departmentName(), note,
                shown));
    }

    void audit(Actor actor, String action, long id, String ip, String saying) {
        AuditEvent event = AuditEvent.of(actor == null ? null : actor.accountId(),
                actor == null ? null : actor.role().name(), action, AuditResult.SUCCESS, ip).about("complaint", id);
        audit.record(saying == null ? event : event.saying(saying));
    }

    // Staff messages name the complaint by its number: the tracking code is the complainant's, and an office that
    // knew it could lock them out of their own complaint by guessing at its password.
    void tellOffice(Office office, String key, long id) {
        offices.staff(office).forEach(account -> notifications.send(account, key, String.valueOf(id),
                "/admin/complaints/" + id));
    }

    void tellSupervisors(String regionCode, String key, long id) {
        offices.supervisors(regionCode).forEach(account -> notifications.send(account, key, String.valueOf(id),
                "/admin/complaints/" + id));
    }

    /** Complainants with an account hear of replies in their messages; others look it up by code. */
    void tellComplainant(ComplaintStore.Row row, String key) {
        if (row.accountId() != null) {
            notifications.send(row.accountId(), key, row.trackingCode(), "/complaints/mine/" + row.id());
        }
    }
}
