package org.jiuzhu.matching.pairing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.notification.Notifications;
import org.jiuzhu.core.region.GeoPoint;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.matching.need.NeedHolder;
import org.jiuzhu.matching.need.NeedLifecycle;
import org.jiuzhu.matching.need.NeedStatus;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.offer.OfferKind;
import org.jiuzhu.matching.offer.OfferStatus;
import org.jiuzhu.matching.offer.Offers;
import org.jiuzhu.matching.offer.Slot;
import org.jiuzhu.matching.pairing.persistence.PairingStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A charity proposes one of its published offers for a shared need it can reach (a region the project serves, or
 * within the volunteer service's radius), once per offer and need, or withdraws the proposal before an answer.
 */
@Singleton
public class Proposals {

    static final int MAX_MESSAGE = 500;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PairingStore store;
    private final Pairings pairings;
    private final Offers offers;
    private final NeedLifecycle needs;
    private final Regions regions;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    Proposals(PairingStore store, Pairings pairings, Offers offers, NeedLifecycle needs, Regions regions,
              Notifications notifications, AuditLog audit, Clock clock) {
        this.store = store;
        this.pairings = pairings;
        this.offers = offers;
        this.needs = needs;
        this.regions = regions;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** The new pairing's id, or the problems (id 0). */
    public record Proposed(long id, FieldErrors errors) {
    }

    @Transactional
    public Proposed propose(Actor charity, long offerId, long needId, String slotKey, String message, String ip) {
        Offer offer = offers.own(charity, offerId);
        FieldErrors errors = new FieldErrors();
        String text = message == null ? "" : message.strip();
        if (text.length() > MAX_MESSAGE) {
            errors.add("message", "matching.pairing.error.message");
        }
        Slot slot = offer.kind() == OfferKind.VOLUNTEER ? offer.slots().stream()
                .filter(s -> s.key().equals(slotKey) && s.remaining() > 0).findFirst().orElse(null) : null;
        if (offer.kind() == OfferKind.VOLUNTEER && slot == null) {
            errors.add("slot", "matching.pairing.error.slot");
        }
        if (offer.status() != OfferStatus.PUBLISHED || offer.remaining() == 0 || offer.endsOn().isBefore(today())) {
            return new Proposed(0, errors.add("state", "matching.pairing.error.offerNotOpen"));
        }
        // The need's lock serializes proposals for it, so the duplicate check below cannot race.
        Optional<NeedHolder> need = needs.lock(needId);
        if (need.isEmpty() || need.get().status() != NeedStatus.SHARED || !reaches(offer, need.get().regionCode())) {
            return new Proposed(0, errors.add("state", "matching.pairing.error.needGone"));
        }
        if (store.find(offerId, needId).isPresent()) {
            return new Proposed(0, errors.add("state", "matching.pairing.error.already"));
        }
        if (!errors.isEmpty()) {
            return new Proposed(0, errors);
        }
        PairingStore.Row row = store.propose(offerId, needId, offer.organizationId(), need.get().regionCode(),
                slot == null ? null : slot.weekday(), slot == null ? null : slot.part().name(), text,
                charity.accountId(), clock.instant());
        notifications.send(need.get().accountId(), "matching.notification.proposed", offer.title(),
                "/charity-help/pairings");
        record(charity, "PAIRING_PROPOSED", row.id(), ip);
        return new Proposed(row.id(), errors);
    }

    @Transactional
    public FieldErrors withdraw(Actor charity, long id, String ip) {
        PairingStore.Row row = store.lock(id).filter(r -> pairings.ownOrganization(charity, r))
                .orElseThrow(PairingNotFound::new);
        if (!store.close(id, PairingStatus.PROPOSED.name(), PairingStatus.WITHDRAWN.name(), clock.instant(), null)) {
            return new FieldErrors().add("state", "matching.pairing.error.changed");
        }
        record(charity, "PAIRING_WITHDRAWN", row.id(), ip);
        return new FieldErrors();
    }

    /** Whether the offer may serve a need in this village: the same test as the match queries' filters. */
    boolean reaches(Offer offer, String village) {
        if (offer.kind() == OfferKind.PROJECT) {
            return regions.chain(village).stream().anyMatch(offer.regions()::contains);
        }
        Optional<GeoPoint> centre = regions.centre(village);
        return offer.base() != null && offer.radiusKm() != null && centre.isPresent()
                && offer.base().metresTo(centre.get()) <= offer.radiusKm() * 1000.0;
    }

    private void record(Actor charity, String action, long id, String ip) {
        audit.record(AuditEvent.of(charity.accountId(), charity.role().name(), action, AuditResult.SUCCESS, ip)
                .about("pairing", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
