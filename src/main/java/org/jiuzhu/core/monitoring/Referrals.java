package org.jiuzhu.core.monitoring;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.calendar.WorkingDays;
import org.jiuzhu.core.chain.AssistanceChain;
import org.jiuzhu.core.chain.ChainKind;
import org.jiuzhu.core.eligibility.SpecialAid;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.monitoring.persistence.ReferralStore;
import org.jiuzhu.core.monitoring.persistence.WarningStore;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.Masking;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Referrals: a warning of aid missing or a new hardship sent to the owning department with a deadline in working
 * days (red 5, orange 10, yellow 15). The department signs for it or returns it with a reason; the region's offices
 * send a returned one again; the department reports the aid given, which closes the referral and its warning as
 * confirmed and enters the household's assistance chain. Open referrals past their deadline are escalated to the
 * supervisors.
 */
@Singleton
public class Referrals {

    static final List<String> REFERRED = List.of(WarningKind.ENTITLED_MISSING.name(), WarningKind.NEW_HARDSHIP.name());
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int MAX_TEXT = 500;
    private static final int PAGE = 200;

    private final ReferralStore store;
    private final WarningStore warnings;
    private final AssistanceChain chain;
    private final WorkingDays workingDays;
    private final FieldCipher cipher;
    private final Masking masking;
    private final AuditLog audit;
    private final Clock clock;

    Referrals(ReferralStore store, WarningStore warnings, AssistanceChain chain, WorkingDays workingDays,
              FieldCipher cipher, Masking masking, AuditLog audit, Clock clock) {
        this.store = store;
        this.warnings = warnings;
        this.chain = chain;
        this.workingDays = workingDays;
        this.cipher = cipher;
        this.masking = masking;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which referrals a list shows. */
    public enum Show { OPEN, CLOSED, ALL, ESCALATED }

    /** The aid a department reports having given. */
    public record Report(SpecialAid aid, BigDecimal amount, LocalDate on, String note) {
    }

    /** Sends the referrals the batch's new warnings on these persons call for, in the caller's transaction. */
    @Transactional
    public int sendFor(long batch, java.util.Collection<byte[]> persons) {
        LocalDate today = today(clock);
        return store.sendFor(batch, persons, REFERRED, workingDays.plus(today, 5), workingDays.plus(today, 10),
                workingDays.plus(today, 15), clock.instant());
    }

    /** Sends the referral one warning calls for (a warning raised by a visit), in the caller's transaction. */
    @Transactional
    public int sendForWarning(long warningId) {
        LocalDate today = today(clock);
        return store.sendForWarning(warningId, REFERRED, workingDays.plus(today, 5), workingDays.plus(today, 10),
                workingDays.plus(today, 15), clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Referral> visibleTo(Actor actor, Show show) {
        if (!mayRead(actor)) {
            return List.of();
        }
        List<String> statuses = switch (show) {
            case OPEN -> List.of("SENT", "SIGNED", "RETURNED");
            case CLOSED -> List.of("DONE");
            case ALL, ESCALATED -> null;
        };
        return store.list(actor.scope().likePattern(), department(actor), statuses, show == Show.ESCALATED, PAGE)
                .stream().map(this::referral).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Referral> find(Actor actor, long id) {
        return store.find(id).filter(r -> visible(actor, r)).map(this::referral);
    }

    @Transactional(readOnly = true)
    public Optional<Referral> ofWarning(Actor actor, long warningId) {
        return store.ofWarning(warningId).filter(r -> visible(actor, r)).map(this::referral);
    }

    /** Whether the actor works for the department the referral went to (and so signs, returns and reports). */
    public boolean handles(Actor actor, Referral referral) {
        return actor.is(Role.DEPARTMENT) && actor.department() == referral.department()
                && actor.scope().contains(referral.regionCode());
    }

    /** Whether the actor may send a returned referral again: the region's civil-affairs offices. */
    public boolean dispatches(Actor actor, Referral referral) {
        return actor.is(Role.CASEWORKER, Role.APPROVER, Role.SUPERVISOR, Role.ADMIN)
                && actor.scope().contains(referral.regionCode());
    }

    @Transactional
    public FieldErrors sign(Actor actor, long id, long version, String ip) {
        FieldErrors errors = new FieldErrors();
        Optional<Referral> referral = find(actor, id).filter(r -> handles(actor, r));
        if (referral.isEmpty() || !store.sign(id, version, actor.accountId(), clock.instant())) {
            return errors.add("referral", "core.referral.error.notNow");
        }
        audited(actor, "REFERRAL_SIGNED", id, ip, null);
        return errors;
    }

    @Transactional
    public FieldErrors giveBack(Actor actor, long id, long version, String reason, String ip) {
        FieldErrors errors = new FieldErrors();
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            return errors.add("reason", text.isEmpty() ? "core.referral.error.reason" : "core.referral.error.long");
        }
        Optional<Referral> referral = find(actor, id).filter(r -> handles(actor, r));
        if (referral.isEmpty() || !store.giveBack(id, version, text, actor.accountId(), clock.instant())) {
            return errors.add("referral", "core.referral.error.notNow");
        }
        audited(actor, "REFERRAL_RETURNED", id, ip, null);
        return errors;
    }

    @Transactional
    public FieldErrors resend(Actor actor, long id, long version, String ip) {
        FieldErrors errors = new FieldErrors();
        Optional<Referral> referral = find(actor, id).filter(r -> dispatches(actor, r));
        if (referral.isEmpty() || !store.resend(id, version, deadline(referral.get().level(), today(clock)),
                clock.instant())) {
            return errors.add("referral", "core.referral.error.notNow");
        }
        audited(actor, "REFERRAL_RESENT", id, ip, null);
        return errors;
    }

    /** Records the aid given: the referral and its warning close, and the aid enters the household's chain. */
    @Transactional
    public FieldErrors report(Actor actor, long id, long version, Report report, FieldErrors errors, String ip) {
        check(report, errors);
        Optional<Referral> referral = find(actor, id).filter(r -> handles(actor, r));
        if (errors.isEmpty() && (referral.isEmpty() || referral.get().status() != Referral.Status.SIGNED)) {
            errors.add("referral", "core.referral.error.notNow");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        String note = report.note() == null || report.note().isBlank() ? null : report.note().strip();
        if (!store.report(id, version, report.aid().name(), report.amount(), report.on(), note, actor.accountId(),
                clock.instant())) {
            return errors.add("referral", "core.referral.error.notNow");
        }
        WarningStore.Row warning = warnings.find(referral.get().warningId()).orElseThrow();
        chain.add(warning.household() == null ? warning.person() : warning.household(), new AssistanceChain.Aid(
                ChainKind.REFERRAL, warning.applicationId(), warning.regionCode(), List.of(), null, report.amount(),
                note == null ? "" : note, report.on(), report.aid().name()), actor.accountId());
        warnings.close(warning.id(), Outcome.CONFIRMED.name(), null, actor.accountId(), clock.instant());
        audited(actor, "REFERRAL_REPORTED", id, ip, "aid=" + report.aid().name());
        return errors;
    }

    /** Escalates open referrals past their deadline on the given clock's day; answers how many. */
    @Transactional
    public int escalateOverdue(Clock now) {
        int escalated = store.escalate(today(now), now.instant());
        if (escalated > 0) {
            audit.record(AuditEvent.of(null, "SYSTEM", "REFERRALS_ESCALATED", AuditResult.SUCCESS, null)
                    .saying("count=" + escalated));
        }
        return escalated;
    }

    private void check(Report report, FieldErrors errors) {
        if (report.aid() == null) {
            errors.add("aid", "core.referral.error.aid");
        }
        if (report.amount() != null && report.amount().signum() < 0) {
            errors.add("amount", "core.form.error.number");
        }
        if (report.on() != null && report.on().isAfter(today(clock))) {
            errors.add("on", "core.referral.error.future");
        }
        if (report.on() == null && !errors.has("on")) {
            errors.add("on", "core.form.error.date");
        }
        if (report.note() != null && report.note().strip().length() > MAX_TEXT) {
            errors.add("note", "core.referral.error.long");
        }
    }

    private LocalDate deadline(Level level, LocalDate today) {
        return workingDays.plus(today, switch (level) {
            case RED -> 5;
            case ORANGE -> 10;
            case YELLOW -> 15;
        });
    }

    private void audited(Actor actor, String action, long id, String ip, String detail) {
        AuditEvent event = AuditEvent.of(actor.accountId(), actor.role().name(), action, AuditResult.SUCCESS, ip)
                .about("referral", id);
        audit.record(detail == null ? event : event.saying(detail));
    }

    private static boolean mayRead(Actor actor) {
        return actor.is(Role.CASEWORKER, Role.APPROVER, Role.DEPARTMENT, Role.SUPERVISOR, Role.ADMIN);
    }

    private static String department(Actor actor) {
        return actor.is(Role.DEPARTMENT) ? (actor.department() == null ? "-" : actor.department().name()) : null;
    }

    private static boolean visible(Actor actor, ReferralStore.Row row) {
        String department = department(actor);
        return mayRead(actor) && actor.scope().contains(row.regionCode())
                && (department == null || department.equals(row.department()));
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private Referral referral(ReferralStore.Row r) {
        return new Referral(r.id(), r.warningId(), Department.valueOf(r.department()), r.regionCode(),
                Referral.Status.valueOf(r.status()), r.deadline(), r.sentAt(), r.signedAt(), r.returnedReason(),
                r.returnedAt(), r.aidKind(), r.aidAmount(), r.aidOn(), r.aidNote(), r.reportedAt(), r.escalatedAt(),
                r.version(), r.ruleId(), WarningKind.valueOf(r.kind()), Level.valueOf(r.level()),
                masking.name(cipher.decrypt(r.name(), Warnings.NAME_CONTEXT)));
    }
}
