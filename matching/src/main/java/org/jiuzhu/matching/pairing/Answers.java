package org.jiuzhu.matching.pairing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Accounts;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.notification.Notifications;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.InvalidPhoneNumber;
import org.jiuzhu.core.privacy.PhoneNumber;
import org.jiuzhu.matching.need.NeedHolder;
import org.jiuzhu.matching.need.NeedLifecycle;
import org.jiuzhu.matching.need.NeedStatus;
import org.jiuzhu.matching.offer.Offers;
import org.jiuzhu.matching.pairing.persistence.PairingStore;

import java.time.Clock;
import java.util.Optional;

/**
 * The resident's answer to a proposal, or their village officer's on their behalf (for residents who do not go
 * online). Accepting releases a name and phone to that organization only, takes one of the offer's places and takes
 * the need out of every other charity's view; other proposals for the need lapse.
 */
@Singleton
public class Answers {

    static final int MAX_NOTE = 500;
    static final String NAME = "pairing.contact_name";
    static final String PHONE = "pairing.contact_phone";

    private final PairingStore store;
    private final Pairings pairings;
    private final NeedLifecycle needs;
    private final Offers offers;
    private final Accounts accounts;
    private final FieldCipher cipher;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    Answers(PairingStore store, Pairings pairings, NeedLifecycle needs, Offers offers, Accounts accounts,
            FieldCipher cipher, Notifications notifications, AuditLog audit, Clock clock) {
        this.store = store;
        this.pairings = pairings;
        this.needs = needs;
        this.offers = offers;
        this.accounts = accounts;
        this.cipher = cipher;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code phone} blank: the resident's own account phone. {@code consent}: the contact-release tick. */
    @Transactional
    public FieldErrors accept(Actor actor, long id, String phone, boolean consent, String note, String ip) {
        PairingStore.Row row = lock(actor, id);
        FieldErrors errors = new FieldErrors();
        if (!PairingStatus.PROPOSED.name().equals(row.status())) {
            return errors.add("state", "matching.pairing.error.changed");
        }
        NeedHolder need = needs.lock(row.needId()).orElseThrow(PairingNotFound::new);
        Optional<String> contactPhone = phone(phone, need.accountId(), errors);
        if (!consent) {
            errors.add("consent", actor.is(Role.RESIDENT) ? "matching.pairing.error.consent"
                    : "matching.pairing.error.consentInPerson");
        }
        String text = note(note, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        if (need.status() != NeedStatus.SHARED) {
            return errors.add("state", "matching.pairing.error.needGone");
        }
        switch (offers.takePlace(row.offerId(), Cancellations.slot(row))) {
            case NOT_OPEN -> {
                return errors.add("state", "matching.pairing.error.offerNotOpen");
            }
            case FULL -> {
                return errors.add("state", "matching.pairing.error.full");
            }
            case TAKEN -> needs.take(row.needId());
        }
        String name = accounts.find(need.accountId()).orElseThrow().displayName();
        store.answer(id, PairingStatus.ACCEPTED.name(), actor.accountId(), actor.role().name(), clock.instant(), text,
                cipher.encrypt(name, NAME), cipher.encrypt(contactPhone.orElseThrow(), PHONE));
        store.otherProposals(row.needId(), id).forEach(other -> store.close(other.id(),
                PairingStatus.PROPOSED.name(), PairingStatus.LAPSED.name(), clock.instant(), null));
        if (!actor.is(Role.RESIDENT)) {
            notifications.send(need.accountId(), "matching.notification.acceptedForYou", "", "/charity-help/pairings");
        }
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "PAIRING_ACCEPTED", AuditResult.SUCCESS, ip)
                .about("pairing", id).saying(actor.is(Role.RESIDENT) ? "consent=contact-release"
                        : "consent=contact-release,in-person,on-behalf"));
        return errors;
    }

    @Transactional
    public FieldErrors decline(Actor actor, long id, String note, String ip) {
        PairingStore.Row row = lock(actor, id);
        FieldErrors errors = new FieldErrors();
        String text = note(note, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        if (!store.answer(row.id(), PairingStatus.DECLINED.name(), actor.accountId(), actor.role().name(),
                clock.instant(), text, null, null)) {
            return errors.add("state", "matching.pairing.error.changed");
        }
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "PAIRING_DECLINED", AuditResult.SUCCESS, ip)
                .about("pairing", id));
        return errors;
    }

    private PairingStore.Row lock(Actor actor, long id) {
        return store.lock(id).filter(r -> pairings.answers(actor, r, true)).orElseThrow(PairingNotFound::new);
    }

    private Optional<String> phone(String typed, long residentAccount, FieldErrors errors) {
        if (typed == null || typed.isBlank()) {
            Optional<String> own = accounts.phoneForMessages(residentAccount);
            if (own.isEmpty()) {
                errors.add("phone", "matching.pairing.error.phoneMissing");
            }
            return own;
        }
        try {
            return Optional.of(PhoneNumber.parse(typed).value());
        } catch (InvalidPhoneNumber e) {
            errors.add("phone", "matching.pairing.error.phone");
            return Optional.empty();
        }
    }

    static String note(String note, FieldErrors errors) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            errors.add("note", "matching.pairing.error.note");
        }
        return text.isEmpty() ? null : text;
    }
}
