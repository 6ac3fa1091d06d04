package org.jiuzhu.matching.pairing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.privacy.FieldCipher;
import org.jiuzhu.core.privacy.Masking;
import org.jiuzhu.matching.pairing.persistence.PairingStore;

import java.util.Optional;

/**
 * The contact details a resident released to one organization, readable by that organization's users while the
 * pairing is accepted. The phone is shown masked; the full number is read on request and every such view is audited.
 */
@Singleton
public class Contacts {

    private final PairingStore store;
    private final Pairings pairings;
    private final FieldCipher cipher;
    private final Masking masking;
    private final AuditLog audit;

    Contacts(PairingStore store, Pairings pairings, FieldCipher cipher, Masking masking, AuditLog audit) {
        this.store = store;
        this.pairings = pairings;
        this.cipher = cipher;
        this.masking = masking;
        this.audit = audit;
    }

    /** A released contact: the resident's name and a phone, masked unless the full number was asked for. */
    public record Contact(String name, String phone, boolean full) {
    }

    @Transactional
    public Optional<Contact> of(Actor charity, long id, boolean full, String ip) {
        PairingStore.Row row = store.find(id).filter(r -> pairings.ownOrganization(charity, r))
                .orElseThrow(PairingNotFound::new);
        if (!PairingStatus.ACCEPTED.name().equals(row.status()) || row.contactPhoneEnc() == null) {
            return Optional.empty();
        }
        String phone = cipher.decrypt(row.contactPhoneEnc(), Answers.PHONE);
        if (full) {
            audit.record(AuditEvent.of(charity.accountId(), charity.role().name(), "VIEW_FULL_PHONE",
                    AuditResult.SUCCESS, ip).about("pairing", id));
        }
        return Optional.of(new Contact(cipher.decrypt(row.contactNameEnc(), Answers.NAME),
                full ? phone : masking.phone(phone), full));
    }
}
