package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The township's first decision on a submission: accept it for verification, or return it with the reason the
 * resident reads. Only caseworkers of the application's township (in the query); a transition another caseworker
 * made first is reported, not overwritten.
 */
@Singleton
public class Casework {

    /** Days for the economic verification after acceptance, until regional settings carry it. */
    static final int VERIFICATION_DAYS = 15;
    private static final int MAX_NOTE = 500;

    private final ApplicationStore store;
    private final Applications applications;
    private final AuditLog audit;
    private final Clock clock;

    public Casework(ApplicationStore store, Applications applications, AuditLog audit, Clock clock) {
        this.store = store;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean decidesIntake(Actor actor) {
        return actor.is(Role.CASEWORKER);
    }

    /** Submissions waiting in the actor's region, oldest first. */
    @Transactional(readOnly = true)
    public List<Application> queue(Actor actor) {
        return store.withStatusInScope(ApplicationStatus.SUBMITTED.name(), actor.scope().likePattern()).stream()
                .map(applications::toApplication).toList();
    }

    /** Accepts the version the caseworker saw; if the resident changed it since, they are told to look again. */
    @Transactional
    public FieldErrors accept(Actor caseworker, long id, long seenVersion, String note, String ip) {
        return move(caseworker, id, seenVersion, ApplicationStatus.ACCEPTED, note, false,
                Today.in(clock).plusDays(VERIFICATION_DAYS), ip);
    }

    @Transactional
    public FieldErrors returnForMore(Actor caseworker, long id, long seenVersion, String reason, String ip) {
        return move(caseworker, id, seenVersion, ApplicationStatus.RETURNED, reason, true, null, ip);
    }

    private FieldErrors move(Actor caseworker, long id, long seenVersion, ApplicationStatus to, String note,
                             boolean noteRequired, LocalDate deadline, String ip) {
        ApplicationStore.Header h = store.lockInScope(id, caseworker.scope().likePattern())
                .orElseThrow(ApplicationNotFound::new);
        String text = note == null ? "" : note.strip();
        FieldErrors errors = new FieldErrors();
        ApplicationStatus from = ApplicationStatus.valueOf(h.status());
        if (!decidesIntake(caseworker) || !from.mayBecome(to)) {
            return errors.add("note", "core.application.error.notNow");
        }
        if ((noteRequired && text.isEmpty()) || text.length() > MAX_NOTE) {
            return errors.add("note", "core.application.error.note");
        }
        if (h.version() != seenVersion || !store.move(id, h.version(), from.name(), to.name(), clock.instant())) {
            return errors.add("note", "core.application.error.changed");
        }
        store.addEvent(id, new ApplicationStore.Event(clock.instant(), to.name(), caseworker.accountId(),
                caseworker.scope().code(), text.isEmpty() ? null : text, deadline));
        audit.record(AuditEvent.of(caseworker.accountId(), caseworker.role().name(), "APPLICATION_" + to.name(),
                AuditResult.SUCCESS, ip).about("application", id));
        return errors;
    }
}
