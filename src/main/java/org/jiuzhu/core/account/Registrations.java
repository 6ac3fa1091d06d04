package org.jiuzhu.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.persistence.AccountStore;
import org.jiuzhu.core.account.persistence.DuplicateAccount;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.InvalidInput;
import org.jiuzhu.core.limit.AnonymousForm;
import org.jiuzhu.core.limit.SubmissionLimits;
import org.jiuzhu.core.privacy.BlindIndex;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.IdNumber;
import org.jiuzhu.core.privacy.InvalidIdNumber;
import org.jiuzhu.core.privacy.InvalidPhoneNumber;
import org.jiuzhu.core.privacy.PhoneNumber;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.Regions;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

/** Resident self-registration: every field checked, ID and phone unique through their blind indexes. */
@Singleton
public class Registrations {

    private final AccountStore store;
    private final Regions regions;
    private final PersonName personName;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHasher hasher;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final AuditLog audit;
    private final Clock clock;
    private final SubmissionLimits limits;

    public Registrations(AccountStore store, Regions regions, PersonName personName, PasswordPolicy passwordPolicy,
                         PasswordHasher hasher, FieldCipher cipher, BlindIndex blindIndex, AuditLog audit,
                         Clock clock, SubmissionLimits limits) {
        this.store = store;
        this.regions = regions;
        this.personName = personName;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.audit = audit;
        this.clock = clock;
        this.limits = limits;
    }

    /** Registers a resident or throws {@link org.jiuzhu.core.form.InvalidInput} with a reason per field. */
    @Transactional
    public Account register(ResidentRegistration form, String ip) {
        try {
            FieldErrors errors = new FieldErrors();
            personName.check(form.name(), "name", errors);
            PhoneNumber phone = phone(form.phone(), errors);
            IdNumber idNumber = idNumber(form.idNumber(), errors);
            checkVillage(form.regionCode(), errors);
            checkPassword(form, phone, idNumber, errors);
            errors.throwIfAny();
            // Counted before the checks for a registered ID or phone, which would otherwise answer guesses freely.
            limits.take(AnonymousForm.RESIDENT_REGISTRATION, ip);
            byte[] phoneIndex = blindIndex.of(phone.value(), Fields.PHONE);
            byte[] idIndex = blindIndex.of(idNumber.value(), Fields.ID_NUMBER);
            if (store.idNumberTaken(idIndex)) {
                errors.add("idNumber", "core.registration.error.idNumber.taken");
            }
            if (store.phoneTaken(phoneIndex)) {
                errors.add("phone", "core.registration.error.phone.taken");
            }
            errors.throwIfAny();
            Account account = insert(new AccountStore.NewAccount(Role.RESIDENT, null, form.name().strip(),
                    cipher.encrypt(idNumber.value(), Fields.ID_NUMBER), idIndex,
                    cipher.encrypt(phone.value(), Fields.PHONE), phoneIndex,
                    hasher.hash(form.password()), form.regionCode(), null, null, null));
            audit.record(AuditEvent.of(account.id(), Role.RESIDENT.name(), "ACCOUNT_REGISTERED", AuditResult.SUCCESS, ip)
                    .about("account", account.id()));
            return account;
        } finally {
            Secrets.wipe(form.password(), form.passwordConfirmation());
        }
    }

    private Account insert(AccountStore.NewAccount account) {
        try {
            return store.insert(account, clock.instant());
        } catch (DuplicateAccount raced) {
            throw InvalidInput.of("idNumber", "core.registration.error.idNumber.taken");
        }
    }

    private PhoneNumber phone(String raw, FieldErrors errors) {
        try {
            return PhoneNumber.parse(raw);
        } catch (InvalidPhoneNumber e) {
            errors.add("phone", "core.registration.error.phone.invalid");
            return null;
        }
    }

    private IdNumber idNumber(String raw, FieldErrors errors) {
        try {
            return IdNumber.parse(raw, clock);
        } catch (InvalidIdNumber e) {
            errors.add("idNumber", "core.idNumber.error." + e.problem().name().toLowerCase(Locale.ROOT));
            return null;
        }
    }

    private void checkVillage(String code, FieldErrors errors) {
        boolean village = regions.find(code).map(r -> r.level() == DivisionLevel.VILLAGE).orElse(false);
        if (!village) {
            errors.add("regionCode", "core.registration.error.region");
        }
    }

    private void checkPassword(ResidentRegistration form, PhoneNumber phone, IdNumber idNumber, FieldErrors errors) {
        String[] personal = {phone == null ? "" : phone.value(),
                idNumber == null ? "" : idNumber.value().substring(10)};
        passwordPolicy.check(form.password(), false, personal).ifPresent(problem ->
                errors.add("password", "core.password.error." + problem.name().toLowerCase(Locale.ROOT)));
        if (!errors.has("password") && !Arrays.equals(form.password(), form.passwordConfirmation())) {
            errors.add("passwordConfirmation", "core.password.error.mismatch");
        }
    }

}
