package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.application.persistence.FollowUpStore;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;

import java.time.Clock;
import java.util.List;

/**
 * Changes the resident reports after submitting (income, members, address): they reach the township and the county
 * on the application, and the county's next review answers them. Open applications only.
 */
@Singleton
public class ChangeReports {

    private static final int MIN_TEXT = 5;
    private static final int MAX_TEXT = 1000;

    private final Applications applications;
    private final FollowUpStore store;
    private final AuditLog audit;
    private final Clock clock;

    ChangeReports(Applications applications, FollowUpStore store, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the application is at a stage where changes are reported rather than edited. */
    public static boolean accepts(Application a) {
        return a.status().open() && !a.status().editable();
    }

    @Transactional
    public FieldErrors report(Actor resident, long id, ChangeReport.Kind kind, String description, String ip) {
        Application a = applications.find(resident, id).filter(x -> x.preparedBy(resident.accountId()))
                .orElseThrow(ApplicationNotFound::new);
        FieldErrors errors = new FieldErrors();
        String text = Stages.text(description);
        if (!accepts(a)) {
            return errors.add("description", "core.application.error.notNow");
        }
        if (kind == null) {
            errors.add("kind", "core.change.error.kind");
        }
        if (text.length() < MIN_TEXT || text.length() > MAX_TEXT) {
            errors.add("description", "core.change.error.description");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        store.addChange(id, kind, text, resident.accountId(), clock.instant());
        audit.record(AuditEvent.of(resident.accountId(), resident.role().name(), "CHANGE_REPORTED", AuditResult.SUCCESS,
                ip).about("application", id).saying("kind=" + kind.name()));
        return errors;
    }

    /** For whoever may read the application. */
    @Transactional(readOnly = true)
    public List<ChangeReport> of(Actor actor, long id) {
        if (!applications.readable(actor, id)) {
            throw new ApplicationNotFound();
        }
        return store.changes(id);
    }
}
