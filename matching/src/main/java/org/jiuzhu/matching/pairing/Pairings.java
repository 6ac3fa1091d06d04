package org.jiuzhu.matching.pairing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.matching.need.Need;
import org.jiuzhu.matching.need.NeedHolder;
import org.jiuzhu.matching.need.NeedLifecycle;
import org.jiuzhu.matching.need.Needs;
import org.jiuzhu.matching.offer.DayPart;
import org.jiuzhu.matching.offer.Offers;
import org.jiuzhu.matching.organization.Organizations;
import org.jiuzhu.matching.pairing.persistence.PairingStore;

import java.util.List;
import java.util.Optional;

/**
 * Reading pairings, each reader only what is theirs: a charity its organization's, a resident those for their own
 * needs, staff those in their region. Unknown and foreign ids look the same ({@link PairingNotFound}).
 */
@Singleton
public class Pairings {

    static final int LIST_LIMIT = 200;

    private final PairingStore store;
    private final Organizations organizations;
    private final Needs needs;
    private final NeedLifecycle lifecycle;
    private final Offers offers;

    Pairings(PairingStore store, Organizations organizations, Needs needs, NeedLifecycle lifecycle, Offers offers) {
        this.store = store;
        this.organizations = organizations;
        this.needs = needs;
        this.lifecycle = lifecycle;
        this.offers = offers;
    }

    /** The pairings of one of the charity's own offers, newest first. */
    @Transactional(readOnly = true)
    public List<Pairing> ofOffer(Actor charity, long offerId) {
        offers.own(charity, offerId);
        return store.ofOffer(offerId).stream().map(Pairings::pairing).toList();
    }

    /** Every pairing for the resident's own needs, newest first. */
    @Transactional(readOnly = true)
    public List<Pairing> ofResident(Actor resident) {
        if (!resident.is(Role.RESIDENT)) {
            return List.of();
        }
        List<Long> own = needs.ofResident(resident).stream().map(Need::id).toList();
        return store.ofNeeds(own).stream().map(Pairings::pairing).toList();
    }

    /** Staff: the pairings of needs in their region, optionally of one status. */
    @Transactional(readOnly = true)
    public List<Pairing> inRegion(Actor staff, PairingStatus status) {
        if (!staff.role().worksInAdminArea() || staff.is(Role.DEPARTMENT)) {
            return List.of();
        }
        return store.inScope(staff.scope().likePattern(), status == null ? "" : status.name(), LIST_LIMIT).stream()
                .map(Pairings::pairing).toList();
    }

    @Transactional(readOnly = true)
    public Pairing forCharity(Actor charity, long id) {
        return row(id).filter(r -> ownOrganization(charity, r)).map(Pairings::pairing).orElseThrow(PairingNotFound::new);
    }

    @Transactional(readOnly = true)
    public Pairing forResident(Actor resident, long id) {
        return row(id).filter(r -> answers(resident, r, false)).map(Pairings::pairing)
                .orElseThrow(PairingNotFound::new);
    }

    @Transactional(readOnly = true)
    public Pairing forStaff(Actor staff, long id) {
        return row(id).filter(r -> staff.role().worksInAdminArea() && !staff.is(Role.DEPARTMENT)
                && staff.scope().contains(r.regionCode())).map(Pairings::pairing).orElseThrow(PairingNotFound::new);
    }

    private Optional<PairingStore.Row> row(long id) {
        return store.find(id);
    }

    boolean ownOrganization(Actor charity, PairingStore.Row row) {
        return charity.is(Role.CHARITY) && charity.organizationId() != null
                && charity.organizationId() == row.organizationId()
                && organizations.ofCharity(charity).isPresent();
    }

    /**
     * Whether the actor may answer for the need: the resident who shared it, or (when {@code officers} is true) a
     * village officer of its region acting for them.
     */
    boolean answers(Actor actor, PairingStore.Row row, boolean officers) {
        if (actor.is(Role.RESIDENT)) {
            return lifecycle.holder(row.needId()).map(NeedHolder::accountId).filter(a -> a == actor.accountId())
                    .isPresent();
        }
        return officers && actor.is(Role.VILLAGE_OFFICER) && actor.scope().contains(row.regionCode());
    }

    static Pairing pairing(PairingStore.Row r) {
        Delivery delivery = r.deliveredOn() == null ? null
                : new Delivery(r.deliveredAmount(), r.deliveredGoods() == null ? "" : r.deliveredGoods(),
                r.deliveredHours(), r.deliveredOn());
        return new Pairing(r.id(), r.offerId(), r.needId(), r.organizationId(), r.regionCode(), r.slotWeekday(),
                r.slotPart() == null ? null : DayPart.valueOf(r.slotPart()), r.message(),
                PairingStatus.valueOf(r.status()), r.proposedAt(), r.answeredAt(),
                Role.VILLAGE_OFFICER.name().equals(r.answeredRole()), r.answerNote() == null ? "" : r.answerNote(),
                delivery, r.closedAt(), r.version());
    }
}
