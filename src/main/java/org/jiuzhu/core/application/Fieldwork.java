package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.application.persistence.FieldworkStore;
import org.jiuzhu.core.application.persistence.VerificationStore;
import org.jiuzhu.core.eligibility.Assessment;
import org.jiuzhu.core.form.FieldErrors;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The township's work in the village after verification: the home visit (入户调查), then the democratic appraisal
 * (民主评议). An appraisal with a majority in favour posts the publicity listing at once; one without is recorded,
 * told to the resident with the township's note, and may be held again (the county may also refuse). The appraisal
 * note is written for the resident to read.
 */
@Singleton
public class Fieldwork {

    private static final int MAX_VISITORS = 200;
    private static final int MAX_FINDINGS = 2000;
    private static final int MAX_APPRAISAL_NOTE = 1000;
    private static final int MAX_PARTICIPANTS = 10_000;

    private final Stages stages;
    private final FieldworkStore store;
    private final VerificationStore verification;
    private final Applications applications;
    private final Proposals proposals;
    private final Publicity publicity;
    private final Clock clock;

    Fieldwork(Stages stages, FieldworkStore store, VerificationStore verification, Applications applications,
              Proposals proposals, Publicity publicity, Clock clock) {
        this.stages = stages;
        this.store = store;
        this.verification = verification;
        this.applications = applications;
        this.proposals = proposals;
        this.publicity = publicity;
        this.clock = clock;
    }

    public boolean doesFieldwork(Actor actor) {
        return actor.is(Role.CASEWORKER);
    }

    @Transactional
    public FieldErrors recordVisit(Actor caseworker, long id, long seenVersion, HomeVisit visit, FieldErrors errors,
                                   String ip) {
        ApplicationStore.Header h = stages.lock(caseworker, id);
        if (!doesFieldwork(caseworker) || ApplicationStatus.valueOf(h.status()) != ApplicationStatus.HOME_VISIT) {
            return errors.add("visitedOn", "core.application.error.notNow");
        }
        pastDate(visit.visitedOn(), "visitedOn", errors);
        String visitors = Stages.text(visit.visitors());
        String findings = Stages.text(visit.findings());
        if (visitors.isEmpty() || visitors.length() > MAX_VISITORS) {
            errors.add("visitors", "core.fieldwork.error.visitors");
        }
        if (findings.isEmpty() || findings.length() > MAX_FINDINGS) {
            errors.add("findings", "core.fieldwork.error.findings");
        }
        if (!current(h, seenVersion, "visitedOn", errors)) {
            return errors;
        }
        store.saveVisit(id, new HomeVisit(visit.visitedOn(), visitors, findings, visit.matchesDeclaration()),
                caseworker.accountId(), clock.instant());
        stages.move(caseworker, h, ApplicationStatus.APPRAISAL, null,
                stages.today().plusDays(Stages.APPRAISAL_DAYS), ip);
        return errors;
    }

    @Transactional
    public FieldErrors recordAppraisal(Actor caseworker, long id, long seenVersion, Appraisal appraisal,
                                       FieldErrors errors, String ip) {
        ApplicationStore.Header h = stages.lock(caseworker, id);
        if (!doesFieldwork(caseworker) || ApplicationStatus.valueOf(h.status()) != ApplicationStatus.APPRAISAL) {
            return errors.add("heldOn", "core.application.error.notNow");
        }
        pastDate(appraisal.heldOn(), "heldOn", errors);
        if (appraisal.participants() < 1 || appraisal.participants() > MAX_PARTICIPANTS) {
            errors.add("participants", "core.fieldwork.error.participants");
        }
        if (appraisal.inFavour() < 0 || appraisal.against() < 0
                || appraisal.inFavour() + appraisal.against() > appraisal.participants()) {
            errors.add("inFavour", "core.fieldwork.error.votes");
        }
        String note = Stages.text(appraisal.note());
        boolean supported = appraisal.inFavour() * 2 > appraisal.participants();
        // Without a majority the resident must be told why; the note is theirs to read either way.
        if (note.length() > MAX_APPRAISAL_NOTE || (note.isEmpty() && !supported)) {
            errors.add("appraisalNote", "core.fieldwork.error.note");
        }
        Application application = applications.find(caseworker, id).orElseThrow(ApplicationNotFound::new);
        VerifiedFigures verified = verification.result(id).orElse(null);
        if (verified != null && verified.validUntil().isBefore(stages.today())) {
            errors.add("heldOn", "core.verification.error.expired");
        }
        Assessment proposal = verified == null ? null : proposals.of(application, verified).orElse(null);
        if (proposal == null) {
            errors.add("heldOn", "core.fieldwork.error.noSettings");
        }
        if (!current(h, seenVersion, "heldOn", errors)) {
            return errors;
        }
        Appraisal held = new Appraisal(appraisal.heldOn(), appraisal.participants(), appraisal.inFavour(),
                appraisal.against(), note);
        store.addAppraisal(id, held, caseworker.accountId(), clock.instant());
        if (held.supported()) {
            LocalDate last = publicity.post(caseworker, h, application, proposal);
            // The stage's owner is then the county: its deadline runs past the last day of publicity.
            stages.move(caseworker, h, ApplicationStatus.PUBLICITY, note,
                    last.plusDays(Stages.DECISION_DAYS_AFTER_PUBLICITY), ip);
        } else {
            stages.record(caseworker, h, ApplicationStatus.APPRAISAL, note, null, "APPRAISAL_NOT_SUPPORTED", ip);
        }
        return errors;
    }

    private void pastDate(LocalDate day, String field, FieldErrors errors) {
        if (day != null && day.isAfter(stages.today())) {
            errors.add(field, "core.fieldwork.error.future");
        }
    }

    private static boolean current(ApplicationStore.Header h, long seenVersion, String field, FieldErrors errors) {
        if (errors.isEmpty() && h.version() != seenVersion) {
            errors.add(field, "core.application.error.changed");
        }
        return errors.isEmpty();
    }
}
