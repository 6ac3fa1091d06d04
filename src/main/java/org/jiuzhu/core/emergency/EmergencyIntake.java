package org.jiuzhu.core.emergency;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.emergency.persistence.EmergencyStore;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.limit.AnonymousForm;
import org.jiuzhu.core.limit.SubmissionLimits;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.InvalidPhoneNumber;
import org.jiuzhu.core.privacy.Masking;
import org.jiuzhu.core.privacy.PhoneNumber;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.Regions;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Receiving emergency requests: the short form, usable without an account (no household-registration limit: the
 * place is where it happened). The sender gets a reference to quote when the township calls or when they call.
 */
@Singleton
public class EmergencyIntake {

    static final String PHONE = "emergency_request.phone";
    static final String ID_NUMBER = "emergency_request.id_number";
    // Without 0/O and 1/I, so a reference read out on the phone is not misheard.
    private static final char[] REFERENCE_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int MAX_NAME = 32;
    private static final int MAX_PLACE = 200;
    private static final int MIN_TEXT = 5;
    private static final int MAX_TEXT = 2000;

    private final EmergencyStore store;
    private final Regions regions;
    private final FieldCipher cipher;
    private final Masking masking;
    private final AuditLog audit;
    private final Clock clock;
    private final SubmissionLimits limits;
    private final SecureRandom random = new SecureRandom();

    EmergencyIntake(EmergencyStore store, Regions regions, FieldCipher cipher, Masking masking, AuditLog audit,
                    Clock clock, SubmissionLimits limits) {
        this.store = store;
        this.regions = regions;
        this.cipher = cipher;
        this.masking = masking;
        this.audit = audit;
        this.clock = clock;
        this.limits = limits;
    }

    /** What the sender typed; {@code regionCode} is the village where the emergency happened. */
    public record Submission(String name, String phone, String regionCode, String place, String whatHappened) {
    }

    /** The reference given to the sender, or the reasons the request was not taken. */
    public record Received(String reference, FieldErrors errors) {
    }

    /** {@code sender} is the logged-in resident sending it, or null for a visitor without an account. */
    @Transactional
    public Received submit(Actor sender, Submission s, String ip) {
        FieldErrors errors = new FieldErrors();
        String name = text(s.name());
        String place = text(s.place());
        String what = text(s.whatHappened());
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add("name", "core.emergency.error.name");
        }
        PhoneNumber phone = null;
        try {
            phone = PhoneNumber.parse(s.phone());
        } catch (InvalidPhoneNumber e) {
            errors.add("phone", "core.emergency.error.phone");
        }
        boolean village = s.regionCode() != null && regions.find(s.regionCode())
                .filter(r -> r.level() == DivisionLevel.VILLAGE).isPresent();
        if (!village) {
            errors.add("regionCode", "core.emergency.error.region");
        }
        if (place.isEmpty() || place.length() > MAX_PLACE) {
            errors.add("place", "core.emergency.error.place");
        }
        if (what.length() < MIN_TEXT || what.length() > MAX_TEXT) {
            errors.add("whatHappened", "core.emergency.error.what");
        }
        if (!errors.isEmpty()) {
            return new Received(null, errors);
        }
        if (sender == null) {
            limits.take(AnonymousForm.EMERGENCY, ip);
        }
        String reference = reference();
        EmergencyStore.Row row = store.insert(new EmergencyStore.Row(null, reference, name,
                cipher.encrypt(phone.value(), PHONE), s.regionCode(), place, what,
                sender == null ? null : sender.accountId(), EmergencyStatus.RECEIVED.name(), clock.instant(),
                null, null, null, null, null, null, null, null, 0));
        audit.record(AuditEvent.of(sender == null ? null : sender.accountId(), sender == null ? null
                : sender.role().name(), "EMERGENCY_RECEIVED", AuditResult.SUCCESS, ip).about("emergency_request", row.id()));
        return new Received(reference, errors);
    }

    EmergencyRequest masked(EmergencyStore.Row r) {
        return new EmergencyRequest(r.id(), r.reference(), masking.name(r.name()),
                masking.phone(cipher.decrypt(r.phoneEnc(), PHONE)), r.regionCode(), r.place(), r.whatHappened(),
                EmergencyStatus.valueOf(r.status()), r.receivedAt(),
                r.idNumberEnc() == null ? "" : masking.idNumber(cipher.decrypt(r.idNumberEnc(), ID_NUMBER)),
                r.aidAmount(), r.aidNote() == null ? "" : r.aidNote(), r.aidedAt(),
                r.closingNote() == null ? "" : r.closingNote(), r.closedAt(), r.version());
    }

    private String reference() {
        char[] chars = new char[10];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = REFERENCE_CHARS[random.nextInt(REFERENCE_CHARS.length)];
        }
        return new String(chars);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
