package org.jiuzhu.core.monitoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.application.Rolls;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.monitoring.persistence.ReferralStore;
import org.jiuzhu.core.monitoring.persistence.VisitStore;
import org.jiuzhu.core.monitoring.persistence.WarningStore;
import org.jiuzhu.core.privacy.FieldCipher;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Home visits (线下核实) by village officers and caseworkers. A visit against a warning confirms it (it stays open),
 * finds it untrue (closed as a false alarm) or finds the hardship met (closed as confirmed); a warning already
 * referred to a department is settled through its referral, so a visit only confirms it. A visit to a household of
 * the region may raise a warning of the visitor's choosing under rule {@value #RULE}, referred like any other.
 */
@Singleton
public class Visits {

    public static final String RULE = "VIS-01";
    private static final String FINDINGS_CONTEXT = "warning_visit.findings";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final VisitStore store;
    private final WarningStore warningStore;
    private final ReferralStore referralStore;
    private final Warnings warnings;
    private final Referrals referrals;
    private final Rolls rolls;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    Visits(VisitStore store, WarningStore warningStore, ReferralStore referralStore, Warnings warnings,
           Referrals referrals, Rolls rolls, FieldCipher cipher, AuditLog audit, Clock clock) {
        this.store = store;
        this.warningStore = warningStore;
        this.referralStore = referralStore;
        this.warnings = warnings;
        this.referrals = referrals;
        this.rolls = rolls;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the visitor writes: when, who went, what they saw. */
    public record Report(LocalDate on, String visitors, String findings) {
    }

    /** The warning a household visit raises. */
    public record Signal(WarningKind kind, Level level, Department department) {
    }

    public static boolean mayVisit(Actor actor) {
        return actor.is(Role.VILLAGE_OFFICER, Role.CASEWORKER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN);
    }

    /** Records a visit against a warning the actor can read; CONFIRMED, NOT_FOUND or RESOLVED. */
    @Transactional
    public FieldErrors ofWarning(Actor actor, long warningId, Report report, Visit.Finding finding,
                                 FieldErrors errors, String ip) {
        check(report, errors);
        if (finding != Visit.Finding.CONFIRMED && finding != Visit.Finding.NOT_FOUND
                && finding != Visit.Finding.RESOLVED) {
            errors.add("finding", "core.visit.error.finding");
        }
        Optional<Warning> warning = mayVisit(actor) ? warnings.find(actor, warningId) : Optional.empty();
        if (errors.isEmpty() && (warning.isEmpty() || !warning.get().open())) {
            errors.add("finding", "core.visit.error.notOpen");
        }
        if (errors.isEmpty() && finding != Visit.Finding.CONFIRMED
                && referralStore.ofWarning(warningId).filter(r -> !"DONE".equals(r.status())).isPresent()) {
            errors.add("finding", "core.visit.error.referred");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        VisitStore.Row saved = store.save(row(actor, warningId, null, warning.get().regionCode(), report, finding));
        if (finding != Visit.Finding.CONFIRMED) {
            warningStore.close(warningId, finding == Visit.Finding.NOT_FOUND ? Outcome.FALSE_ALARM.name()
                    : Outcome.CONFIRMED.name(), "入户核实", actor.accountId(), clock.instant());
        }
        audited(actor, saved.id(), ip, "warning=" + warningId + " finding=" + finding.name());
        return errors;
    }

    /** Records a visit to a household of the actor's region; with a signal it raises (and refers) a warning. */
    @Transactional
    public FieldErrors ofHousehold(Actor actor, long applicationId, Report report, Signal signal, FieldErrors errors,
                                   String ip) {
        check(report, errors);
        Optional<Rolls.Member> head = mayVisit(actor) ? rolls.head(applicationId, actor.scope()) : Optional.empty();
        if (head.isEmpty()) {
            errors.add("application", "core.visit.error.household");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Rolls.Member member = head.get();
        Long raised = null;
        if (signal != null) {
            if (warningStore.openCauses(List.of(member.person())).stream().anyMatch(c -> RULE.equals(c.ruleId()))) {
                return errors.add("kind", "core.visit.error.alreadyOpen");
            }
            warnings.raise(List.of(new Raise(RULE, signal.kind(), signal.level(), signal.department(),
                    member.person(), member.household(), member.applicationId(), member.regionCode(),
                    member.idNumber().get(), member.name(), List.of(Reason.of("core.visit.reason", report.visitors(),
                    report.on().toString()), Reason.of("core.visit.reason.findings", report.findings().strip())))),
                    null);
            raised = warningStore.openId(member.person(), RULE).orElseThrow();
            referrals.sendForWarning(raised);
        }
        VisitStore.Row saved = store.save(new VisitStore.Row(null, null, applicationId, member.regionCode(),
                report.on(), report.visitors().strip(), cipher.encrypt(report.findings().strip(), FINDINGS_CONTEXT),
                (signal == null ? Visit.Finding.NOTHING : Visit.Finding.SIGNAL).name(), raised, actor.accountId(),
                clock.instant()));
        audited(actor, saved.id(), ip, "application=" + applicationId + (raised == null ? "" : " raised=" + raised));
        return errors;
    }

    /** The visits that checked or raised a warning, oldest first; callers check the actor may read the warning. */
    @Transactional(readOnly = true)
    public List<Visit> ofWarning(long warningId) {
        return store.findByWarningIdOrRaisedWarningIdOrderById(warningId, warningId).stream().map(r -> new Visit(
                r.id(), r.warningId(), r.applicationId(), r.visitedOn(), r.visitors(),
                cipher.decrypt(r.findings(), FINDINGS_CONTEXT), Visit.Finding.valueOf(r.finding()),
                r.raisedWarningId(), r.recordedAt())).toList();
    }

    private void check(Report report, FieldErrors errors) {
        if (report.on() == null) {
            if (!errors.has("on")) {
                errors.add("on", "core.form.error.date");
            }
        } else if (report.on().isAfter(LocalDate.now(clock.withZone(CHINA)))) {
            errors.add("on", "core.referral.error.future");
        }
        if (report.visitors() == null || report.visitors().isBlank() || report.visitors().strip().length() > 200) {
            errors.add("visitors", "core.visit.error.visitors");
        }
        if (report.findings() == null || report.findings().isBlank() || report.findings().strip().length() > 1000) {
            errors.add("findings", "core.visit.error.findings");
        }
    }

    private VisitStore.Row row(Actor actor, Long warningId, Long applicationId, String region, Report report,
                               Visit.Finding finding) {
        return new VisitStore.Row(null, warningId, applicationId, region, report.on(), report.visitors().strip(),
                cipher.encrypt(report.findings().strip(), FINDINGS_CONTEXT), finding.name(), null,
                actor.accountId(), clock.instant());
    }

    private void audited(Actor actor, long visitId, String ip, String detail) {
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "HOME_VISIT_RECORDED", AuditResult.SUCCESS,
                ip).about("warning_visit", visitId).saying(detail));
    }
}
