package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.application.persistence.VerificationStore;
import org.jiuzhu.core.eligibility.RegionalSettings;
import org.jiuzhu.core.eligibility.SettingsBook;
import org.jiuzhu.core.form.FieldErrors;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The township's economic verification (家庭经济状况核对). Each check names the member, the source and the purpose and
 * is refused unless that member's authorization, valid today, covers the source; the first check starts the stage
 * (authorizations can no longer be revoked). Completing it records the verified figures the decision will use.
 */
@Singleton
public class Verification {

    private static final int MAX_PURPOSE = 200;
    private static final int MAX_FINDING = 500;

    private final Stages stages;
    private final ApplicationStore applications;
    private final VerificationStore store;
    private final Authorizations authorizations;
    private final SettingsBook settings;
    private final Applications reader;
    private final PriorResults prior;
    private final Clock clock;

    Verification(Stages stages, ApplicationStore applications, VerificationStore store, Authorizations authorizations,
                 SettingsBook settings, Applications reader, PriorResults prior, Clock clock) {
        this.reader = reader;
        this.prior = prior;
        this.stages = stages;
        this.applications = applications;
        this.store = store;
        this.authorizations = authorizations;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean verifies(Actor actor) {
        return actor.is(Role.CASEWORKER);
    }

    /** What the caseworker typed for one check; amounts are null when the source reported none. */
    public record CheckEntry(int memberPosition, CheckSource source, String purpose, BigDecimal monthlyIncome,
                             BigDecimal assets, String finding) {
    }

    /** The verified household figures the caseworker concludes with; the note is read by the resident. */
    public record Conclusion(BigDecimal monthlyIncome, BigDecimal financialAssets, boolean nonEssentialVehicle,
                             boolean secondHome, String note) {
    }

    /** Records a check; {@code errors} may already hold the form's parse errors. */
    @Transactional
    public FieldErrors check(Actor caseworker, long id, CheckEntry entry, FieldErrors errors, String ip) {
        ApplicationStore.Header h = stages.lock(caseworker, id);
        ApplicationStatus status = ApplicationStatus.valueOf(h.status());
        if (!verifies(caseworker) || (status != ApplicationStatus.ACCEPTED && status != ApplicationStatus.VERIFICATION)) {
            return errors.add("source", "core.application.error.notNow");
        }
        String purpose = Stages.text(entry.purpose());
        String finding = Stages.text(entry.finding());
        if (purpose.isEmpty() || purpose.length() > MAX_PURPOSE) {
            errors.add("purpose", "core.verification.error.purpose");
        }
        if (finding.length() > MAX_FINDING) {
            errors.add("finding", "core.verification.error.finding");
        }
        negative(entry.monthlyIncome(), "monthlyIncome", errors);
        negative(entry.assets(), "assets", errors);
        boolean member = applications.members(id).stream().anyMatch(m -> m.position() == entry.memberPosition());
        Authorization authorization = entry.source() == null || !member ? null
                : authorizations.covering(id, entry.memberPosition(), entry.source()).orElse(null);
        if (!member) {
            errors.add("member", "core.verification.error.member");
        } else if (entry.source() == null) {
            errors.add("source", "core.verification.error.source");
        } else if (authorization == null) {
            errors.add("source", "core.verification.error.notAuthorized");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        store.insert(new VerificationStore.NewCheck(id, authorization.id(), entry.memberPosition(), entry.source(),
                purpose, entry.monthlyIncome(), entry.assets(), finding.isEmpty() ? null : finding,
                caseworker.accountId(), caseworker.scope().code(), clock.instant()));
        if (status == ApplicationStatus.ACCEPTED) {
            stages.move(caseworker, h, ApplicationStatus.VERIFICATION, null, acceptanceDeadline(id), ip);
        } else {
            stages.audit(caseworker, id, "VERIFICATION_CHECK", ip);
        }
        return errors;
    }

    /** Concludes the verification with the household's verified figures and moves on to the home visit. */
    @Transactional
    public FieldErrors complete(Actor caseworker, long id, long seenVersion, Conclusion c, FieldErrors errors,
                                String ip) {
        ApplicationStore.Header h = stages.lock(caseworker, id);
        if (!verifies(caseworker) || ApplicationStatus.valueOf(h.status()) != ApplicationStatus.VERIFICATION) {
            return errors.add("monthlyIncome", "core.application.error.notNow");
        }
        negative(c.monthlyIncome(), "monthlyIncome", errors);
        negative(c.financialAssets(), "financialAssets", errors);
        String note = Stages.text(c.note());
        if (note.length() > Stages.MAX_NOTE) {
            errors.add("note", "core.application.error.note");
        }
        if (h.version() != seenVersion) {
            errors.add("monthlyIncome", "core.application.error.changed");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        LocalDate today = stages.today();
        int months = settings.inEffect(h.regionCode()).map(RegionalSettings::verificationValidityMonths).orElse(6);
        store.saveResult(id, new VerifiedFigures(c.monthlyIncome(), c.financialAssets(), c.nonEssentialVehicle(),
                c.secondHome(), note, clock.instant(), today.plusMonths(months)), caseworker.accountId(), null);
        stages.move(caseworker, h, ApplicationStatus.HOME_VISIT, note, today.plusDays(Stages.HOME_VISIT_DAYS), ip);
        return errors;
    }

    /**
     * Carries over a result still valid from the applicant's earlier application instead of checking again
     * (recognized for six months, DOMAIN §3.5); the verification stage is then complete.
     */
    @Transactional
    public FieldErrors reuse(Actor caseworker, long id, long seenVersion, String ip) {
        ApplicationStore.Header h = stages.lock(caseworker, id);
        ApplicationStatus status = ApplicationStatus.valueOf(h.status());
        FieldErrors errors = new FieldErrors();
        if (!verifies(caseworker) || (status != ApplicationStatus.ACCEPTED && status != ApplicationStatus.VERIFICATION)) {
            return errors.add("reuse", "core.application.error.notNow");
        }
        Application application = reader.find(caseworker, id).orElseThrow(ApplicationNotFound::new);
        PriorResults.PriorVerification earlier = prior.verification(application).orElse(null);
        if (earlier == null) {
            return errors.add("reuse", "core.verification.error.nothingToReuse");
        }
        if (h.version() != seenVersion) {
            return errors.add("reuse", "core.application.error.changed");
        }
        VerifiedFigures f = earlier.figures();
        store.saveResult(id, new VerifiedFigures(f.monthlyIncome(), f.financialAssets(), f.nonEssentialVehicle(),
                f.secondHome(), f.note(), f.completedAt(), f.validUntil()), caseworker.accountId(), earlier.applicationId());
        ApplicationStore.Header current = h;
        if (status == ApplicationStatus.ACCEPTED) {
            stages.move(caseworker, h, ApplicationStatus.VERIFICATION, null, acceptanceDeadline(id), ip);
            current = stages.lock(caseworker, id);
        }
        stages.move(caseworker, current, ApplicationStatus.HOME_VISIT, null,
                stages.today().plusDays(Stages.HOME_VISIT_DAYS), ip);
        return errors;
    }

    private LocalDate acceptanceDeadline(long id) {
        return applications.events(id).stream().filter(e -> e.status().equals(ApplicationStatus.ACCEPTED.name()))
                .reduce((first, second) -> second).map(ApplicationStore.Event::deadline)
                .orElse(stages.today().plusDays(Stages.VERIFICATION_DAYS));
    }

    /** A required amount of zero or more; a missing one was already reported by the form. */
    private static void negative(BigDecimal amount, String field, FieldErrors errors) {
        if (amount != null && amount.signum() < 0) {
            errors.add(field, "core.verification.error.negative");
        }
    }
}
