package org.jiuzhu.core.application;

import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.notification.Notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What every stage change shares, inside the caller's transaction: the application is read and locked within the
 * actor's region, the version the actor saw is compared, and a move writes the status, the timeline entry the
 * resident reads, the audit row and the resident's notification together.
 */
@Singleton
class Stages {

    /** Days each office has for its stage, until regional settings carry them. */
    static final int VERIFICATION_DAYS = 15;
    static final int HOME_VISIT_DAYS = 10;
    static final int APPRAISAL_DAYS = 10;
    static final int DECISION_DAYS_AFTER_PUBLICITY = 10;
    static final int MAX_NOTE = 500;

    private final ApplicationStore store;
    private final AuditLog audit;
    private final Notifications notifications;
    private final Clock clock;

    Stages(ApplicationStore store, AuditLog audit, Notifications notifications, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Locks the application if it lies in the actor's region; otherwise it does not exist for them. */
    ApplicationStore.Header lock(Actor actor, long id) {
        return store.lockInScope(id, actor.scope().likePattern()).orElseThrow(ApplicationNotFound::new);
    }

    LocalDate today() {
        return Today.in(clock);
    }

    /** Moves to {@code to}: the caller holds the lock and has checked the version and the rules of the stage. */
    void move(Actor actor, ApplicationStore.Header h, ApplicationStatus to, String note, LocalDate deadline, String ip) {
        ApplicationStatus from = ApplicationStatus.valueOf(h.status());
        if (!from.mayBecome(to) || !store.move(h.id(), h.version(), from.name(), to.name(), clock.instant())) {
            throw new IllegalStateException("application " + h.id() + " cannot move from " + from + " to " + to);
        }
        entry(actor, h, to, note, deadline, "APPLICATION_" + to.name(), ip,
                "core.notification." + to.name().toLowerCase(Locale.ROOT));
    }

    /**
     * A timeline entry without a change of stage (an appraisal without a majority, a review that keeps paying); the
     * resident's message is named after the action.
     */
    void record(Actor actor, ApplicationStore.Header h, ApplicationStatus shown, String note, LocalDate deadline,
                String action, String ip) {
        entry(actor, h, shown, note, deadline, action, ip, "core.notification." + action.toLowerCase(Locale.ROOT));
    }

    private void entry(Actor actor, ApplicationStore.Header h, ApplicationStatus shown, String note,
                       LocalDate deadline, String action, String ip, String messageKey) {
        String text = note == null || note.isBlank() ? null : note.strip();
        store.addEvent(h.id(), new ApplicationStore.Event(clock.instant(), shown.name(), actor.accountId(),
                actor.scope().code(), text, deadline));
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), action, AuditResult.SUCCESS, ip)
                .about("application", h.id()));
        notifications.send(h.applicantAccountId(), messageKey, Long.toString(h.id()), "/applications/" + h.id());
    }

    /** An audited action on the application that the resident does not read about (a check recorded). */
    void audit(Actor actor, long id, String action, String ip) {
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), action, AuditResult.SUCCESS, ip)
                .about("application", id));
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
