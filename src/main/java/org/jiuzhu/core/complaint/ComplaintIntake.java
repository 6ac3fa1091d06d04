package org.jiuzhu.core.complaint;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.PasswordHasher;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.complaint.persistence.ComplaintStore;
import org.jiuzhu.core.complaint.persistence.EventStore;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.limit.AnonymousForm;
import org.jiuzhu.core.limit.SubmissionLimits;
import org.jiuzhu.core.privacy.FieldCipher;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Receiving complaints (受理): online, with or without an account, anonymously if the complainant wishes; or taken on
 * the hotline by an operator or supervisor. Every complaint gets a tracking code; one not linked to an account also
 * gets the query password its complainant chose. An anonymous complaint stores no account, name, phone or address,
 * and its audit entry names no actor and no address either.
 */
@Singleton
public class ComplaintIntake {

    /** What the online form sent; {@code regionCode} is the village where it happened. */
    public record OnlineForm(String type, String regionCode, String text, boolean anonymous, String contactName,
                             String phone, boolean wantsReply, String subjectKind, String subjectDepartment,
                             String subjectPerson, String password, String passwordAgain) {
    }

    /** What the operator typed during a call; {@code callAt} as a datetime-local value. */
    public record CallForm(String phone, String callAt, String type, String regionCode, String summary, boolean urgent,
                           boolean wantsReply, String callerName, String subjectKind, String subjectDepartment,
                           String subjectPerson) {
    }

    /** The new complaint, or the reasons it was not taken (then id is 0). */
    public record Filed(long id, String trackingCode, FieldErrors errors) {
    }

    /** Whether the text has the shape of a tracking code (what pages echo back from an address). */
    public static boolean isTrackingCode(String text) {
        return text != null && IntakeRules.TRACKING_CODE.matcher(text).matches();
    }

    /** Whether whoever took a call may go on to read it: reports are for supervisors until they dispatch them. */
    public static boolean readableAfterTaking(Actor taker, String type) {
        return taker.is(Role.SUPERVISOR) || !"FRAUD".equals(type) && !"MISUSE_OF_FUNDS".equals(type);
    }

    private final ComplaintStore store;
    private final EventStore events;
    private final ComplaintEvidence evidence;
    private final IntakeRules rules;
    private final Steps steps;
    private final PasswordHasher hasher;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final SubmissionLimits limits;

    ComplaintIntake(ComplaintStore store, EventStore events, ComplaintEvidence evidence, IntakeRules rules,
                    Steps steps, PasswordHasher hasher, FieldCipher cipher, AuditLog audit, Clock clock,
                    SubmissionLimits limits) {
        this.store = store;
        this.events = events;
        this.evidence = evidence;
        this.rules = rules;
        this.steps = steps;
        this.hasher = hasher;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.limits = limits;
    }

    /** {@code sender} is the logged-in resident, or null for a visitor. */
    @Transactional
    public Filed fileOnline(Actor sender, OnlineForm form, List<ComplaintEvidence.Upload> uploads, String ip) {
        Long account = sender != null && sender.is(Role.RESIDENT) && !form.anonymous() ? sender.accountId() : null;
        FieldErrors errors = new FieldErrors();
        IntakeRules.Checked checked = rules.check(form.type(), form.regionCode(), form.text(), form.subjectKind(),
                form.subjectDepartment(), form.subjectPerson(), errors);
        IntakeRules.Contact contact = rules.onlineContact(form, account != null, errors);
        String passwordHash = null;
        if (account == null && rules.queryPassword(form.password(), form.passwordAgain(), errors)) {
            passwordHash = hasher.hash(form.password().toCharArray());
        }
        List<ComplaintEvidence.Kept> kept = errors.isEmpty() ? evidence.keep(uploads, errors) : List.of();
        if (!errors.isEmpty()) {
            return new Filed(0, null, errors);
        }
        try {
            if (account == null) {
                limits.take(AnonymousForm.COMPLAINT, ip);
            }
            ComplaintStore.Row row = insert(Channel.ONLINE, checked, passwordHash, false,
                    form.wantsReply() && !form.anonymous(), account, contact, null, null);
            evidence.record(row.id(), kept);
            boolean anonymous = account == null && contact.name() == null && contact.phone() == null;
            audit.record(AuditEvent.of(account, account == null ? null : Role.RESIDENT.name(), "COMPLAINT_FILED",
                    AuditResult.SUCCESS, anonymous ? null : ip).about("complaint", row.id())
                    .saying("channel=ONLINE type=" + checked.type().name()));
            return new Filed(row.id(), row.trackingCode(), errors);
        } catch (RuntimeException failed) {
            evidence.discard(kept);
            throw failed;
        }
    }

    /** A call taken by a hotline operator or a supervisor, for a place in their region. */
    @Transactional
    public Filed takeCall(Actor operator, CallForm form, String ip) {
        FieldErrors errors = new FieldErrors();
        if (!operator.is(Role.OPERATOR, Role.SUPERVISOR)) {
            return new Filed(0, null, errors.add("type", "core.complaint.error.notYours"));
        }
        IntakeRules.Checked checked = rules.check(form.type(), form.regionCode(), form.summary(), form.subjectKind(),
                form.subjectDepartment(), form.subjectPerson(), errors);
        if (checked.regionCode() != null && !operator.scope().contains(checked.regionCode())) {
            errors.add("regionCode", "core.complaint.error.outsideRegion");
        }
        IntakeRules.Contact contact = rules.callerContact(form.phone(), form.callerName(), errors);
        Instant callAt = rules.callTime(form.callAt(), errors);
        if (!errors.isEmpty()) {
            return new Filed(0, null, errors);
        }
        ComplaintStore.Row row = insert(Channel.HOTLINE, checked, null, form.urgent(), form.wantsReply(), null,
                contact, callAt, operator.accountId());
        audit.record(AuditEvent.of(operator.accountId(), operator.role().name(), "COMPLAINT_FILED",
                AuditResult.SUCCESS, ip).about("complaint", row.id())
                .saying("channel=HOTLINE type=" + checked.type().name()));
        return new Filed(row.id(), row.trackingCode(), errors);
    }

    private ComplaintStore.Row insert(Channel channel, IntakeRules.Checked c, String passwordHash, boolean urgent,
                                      boolean wantsReply, Long account, IntakeRules.Contact contact, Instant callAt,
                                      Long takenBy) {
        Instant now = clock.instant();
        Office subject = c.subject();
        ComplaintStore.Row row = store.insert(new ComplaintStore.Row(null, rules.trackingCode(), passwordHash,
                channel.name(), c.type().name(), c.regionCode(), c.text(), urgent, wantsReply, account,
                contact.name(), contact.phone() == null ? null : cipher.encrypt(contact.phone(), ComplaintViews.PHONE),
                callAt, takenBy, subject == null ? null : subject.regionCode(),
                subject == null ? null : subject.departmentName(), c.subjectPerson(),
                ComplaintStatus.RECEIVED.name(), null, null, now, null, null, null, null, null, false, null, null,
                null, null, null, 0));
        events.append(new EventStore.Row(null, row.id(), now, takenBy, "RECEIVED", null, null, null, true));
        if (c.type().report()) {
            // Only supervisors may dispatch a report, so they hear of each one as it comes in.
            steps.tellSupervisors(c.regionCode(), "core.notification.complaintReport", row.id());
        }
        return row;
    }
}
