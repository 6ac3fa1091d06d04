package org.jiuzhu.matching.pairing;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.notification.Notifications;
import org.jiuzhu.matching.need.NeedLifecycle;
import org.jiuzhu.matching.need.NeedRevoked;
import org.jiuzhu.matching.offer.DayPart;
import org.jiuzhu.matching.offer.Offers;
import org.jiuzhu.matching.offer.Slot;
import org.jiuzhu.matching.pairing.persistence.PairingStore;

import java.time.Clock;

/**
 * Ending an accepted pairing before delivery, by either side with a reason, or because the resident revoked their
 * consent: the released contact details are erased, the place goes back to the offer and the need, if still
 * consented, back to the charities.
 */
@Singleton
public class Cancellations {

    private final PairingStore store;
    private final Pairings pairings;
    private final NeedLifecycle needs;
    private final Offers offers;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    Cancellations(PairingStore store, Pairings pairings, NeedLifecycle needs, Offers offers,
                  Notifications notifications, AuditLog audit, Clock clock) {
        this.store = store;
        this.pairings = pairings;
        this.needs = needs;
        this.offers = offers;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public FieldErrors cancel(Actor actor, long id, String reason, String ip) {
        PairingStore.Row row = store.lock(id)
                .filter(r -> pairings.ownOrganization(actor, r) || pairings.answers(actor, r, true))
                .orElseThrow(PairingNotFound::new);
        FieldErrors errors = new FieldErrors();
        String text = Answers.note(reason, errors);
        if (text == null) {
            errors.add("note", "matching.pairing.error.reason");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        if (!end(row, text)) {
            return errors.add("state", "matching.pairing.error.changed");
        }
        needs.release(row.needId());
        if (pairings.ownOrganization(actor, row)) {
            needs.holder(row.needId()).ifPresent(h -> notifications.send(h.accountId(),
                    "matching.notification.cancelled", "", "/charity-help/pairings"));
        }
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "PAIRING_CANCELLED", AuditResult.SUCCESS, ip)
                .about("pairing", id));
        return errors;
    }

    /** Revocation ends whatever is open for the need, in the revoking transaction. */
    @EventListener
    @Transactional
    void onRevoked(NeedRevoked revoked) {
        for (PairingStore.Row row : store.ofNeeds(java.util.List.of(revoked.needId()))) {
            boolean ended = PairingStatus.PROPOSED.name().equals(row.status())
                    ? store.close(row.id(), row.status(), PairingStatus.LAPSED.name(), clock.instant(), null)
                    : PairingStatus.ACCEPTED.name().equals(row.status()) && end(row, null);
            if (ended) {
                audit.record(AuditEvent.of(revoked.accountId(), "RESIDENT", "PAIRING_CANCELLED", AuditResult.SUCCESS,
                        null).about("pairing", row.id()).saying("consent-revoked"));
            }
        }
    }

    private boolean end(PairingStore.Row row, String reason) {
        if (!store.close(row.id(), PairingStatus.ACCEPTED.name(), PairingStatus.CANCELLED.name(), clock.instant(),
                reason)) {
            return false;
        }
        offers.returnPlace(row.offerId(), slot(row));
        return true;
    }

    static Slot slot(PairingStore.Row row) {
        return row.slotWeekday() == null ? null : new Slot(row.slotWeekday(), DayPart.valueOf(row.slotPart()), 0);
    }
}
