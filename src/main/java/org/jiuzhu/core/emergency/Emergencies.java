package org.jiuzhu.core.emergency;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.chain.AssistanceChain;
import org.jiuzhu.core.chain.ChainKind;
import org.jiuzhu.core.emergency.persistence.EmergencyStore;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.notification.Notifications;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.IdNumber;
import org.jiuzhu.core.privacy.InvalidIdNumber;
import org.jiuzhu.core.privacy.PersonIndex;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The township's handling of emergency requests in its region: pay a small amount first (recorded in the person's
 * assistance chain), explain it afterwards, or close the request with a reason. A change made on a stale page is
 * refused, not overwritten.
 */
@Singleton
public class Emergencies {

    /** The most a township pays first on its own (小金额先行救助), until regional settings carry it. */
    public static final BigDecimal SMALL_AMOUNT_LIMIT = new BigDecimal("1000");
    private static final int MAX_AID_NOTE = 500;
    private static final int MAX_CLOSING_NOTE = 1000;

    private final EmergencyStore store;
    private final EmergencyIntake intake;
    private final FieldCipher cipher;
    private final PersonIndex persons;
    private final AssistanceChain chain;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    Emergencies(EmergencyStore store, EmergencyIntake intake, FieldCipher cipher, PersonIndex persons,
                AssistanceChain chain, Notifications notifications, AuditLog audit, Clock clock) {
        this.store = store;
        this.intake = intake;
        this.cipher = cipher;
        this.persons = persons;
        this.chain = chain;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean handles(Actor actor) {
        return actor.is(Role.CASEWORKER);
    }

    /** Open requests (received, or paid and waiting for the explanation) of the actor's region, oldest first. */
    @Transactional(readOnly = true)
    public List<EmergencyRequest> open(Actor staff) {
        return store.inScope(staff.scope().likePattern(), List.of(EmergencyStatus.RECEIVED.name(),
                EmergencyStatus.AIDED.name())).stream().map(intake::masked).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EmergencyRequest> find(Actor staff, long id) {
        return store.findInScope(id, staff.scope().likePattern()).map(intake::masked);
    }

    /** The full phone number, so the caseworker can call back; every view is audited. */
    @Transactional
    public Optional<String> revealPhone(Actor staff, long id, String ip) {
        if (!handles(staff)) {
            return Optional.empty();
        }
        return store.findInScope(id, staff.scope().likePattern()).map(row -> {
            audit.record(event(staff, "EMERGENCY_PHONE_VIEWED", id, ip));
            return cipher.decrypt(row.phoneEnc(), EmergencyIntake.PHONE);
        });
    }

    /** Pays a small amount first for the person identified on site by their ID number. */
    @Transactional
    public FieldErrors aid(Actor caseworker, long id, long version, String idNumber, BigDecimal amount, String note,
                           FieldErrors errors, String ip) {
        EmergencyStore.Row row = lock(caseworker, id);
        if (!handles(caseworker) || !row.status().equals(EmergencyStatus.RECEIVED.name())) {
            return errors.add("amount", "core.emergency.error.notNow");
        }
        IdNumber person = null;
        try {
            person = IdNumber.parse(idNumber, clock);
        } catch (InvalidIdNumber e) {
            errors.add("idNumber", "core.emergency.error.idNumber");
        }
        if (amount != null && (amount.signum() <= 0 || amount.compareTo(SMALL_AMOUNT_LIMIT) > 0)) {
            errors.add("amount", "core.emergency.error.amount");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_AID_NOTE) {
            errors.add("note", "core.emergency.error.aidNote");
        }
        if (errors.isEmpty() && row.version() != version) {
            errors.add("amount", "core.emergency.error.changed");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        store.aid(id, version, cipher.encrypt(person.value(), EmergencyIntake.ID_NUMBER), amount,
                text.isEmpty() ? null : text, caseworker.accountId(), clock.instant());
        chain.add(persons.of(person.value()), new AssistanceChain.Aid(ChainKind.EMERGENCY_AID, null, row.regionCode(),
                List.of(), null, amount, text, LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")))),
                caseworker.accountId());
        audit.record(event(caseworker, "EMERGENCY_AIDED", id, ip).saying("amount=" + amount.toPlainString()));
        if (row.accountId() != null) {
            notifications.send(row.accountId(), "core.notification.emergencyAided", row.reference(), "/assistance");
        }
        return errors;
    }

    /** The explanation due after paying first (事后补充说明情况). */
    @Transactional
    public FieldErrors document(Actor caseworker, long id, long version, String note, FieldErrors errors, String ip) {
        return finish(caseworker, id, version, note, EmergencyStatus.AIDED, EmergencyStatus.DOCUMENTED,
                "EMERGENCY_DOCUMENTED", errors, ip);
    }

    /** Handled without paying here: referred to another office, or no aid needed; the reason is required. */
    @Transactional
    public FieldErrors close(Actor caseworker, long id, long version, String reason, FieldErrors errors, String ip) {
        return finish(caseworker, id, version, reason, EmergencyStatus.RECEIVED, EmergencyStatus.CLOSED,
                "EMERGENCY_CLOSED", errors, ip);
    }

    private FieldErrors finish(Actor caseworker, long id, long version, String note, EmergencyStatus from,
                               EmergencyStatus to, String action, FieldErrors errors, String ip) {
        EmergencyStore.Row row = lock(caseworker, id);
        String text = note == null ? "" : note.strip();
        if (!handles(caseworker) || !row.status().equals(from.name())) {
            return errors.add("note", "core.emergency.error.notNow");
        }
        if (text.isEmpty() || text.length() > MAX_CLOSING_NOTE) {
            return errors.add("note", "core.emergency.error.note");
        }
        if (row.version() != version) {
            return errors.add("note", "core.emergency.error.changed");
        }
        store.close(id, version, from.name(), to.name(), text, caseworker.accountId(), clock.instant());
        audit.record(event(caseworker, action, id, ip));
        return errors;
    }

    private EmergencyStore.Row lock(Actor staff, long id) {
        return store.lockInScope(id, staff.scope().likePattern()).orElseThrow(EmergencyNotFound::new);
    }

    private static AuditEvent event(Actor actor, String action, long id, String ip) {
        return AuditEvent.of(actor.accountId(), actor.role().name(), action, AuditResult.SUCCESS, ip)
                .about("emergency_request", id);
    }
}
