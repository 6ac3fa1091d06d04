package org.jiuzhu.matching.offer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.region.GeoPoint;
import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.TargetGroup;
import org.jiuzhu.matching.offer.persistence.OfferStore;
import org.jiuzhu.matching.organization.Organization;
import org.jiuzhu.matching.organization.Organizations;
import org.jiuzhu.matching.search.SearchOutbox;
import org.jiuzhu.matching.search.Side;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A charity's offers. Users of an organization create and edit drafts; only a verified organization publishes, and
 * only an offer whose period has not ended and that has places left. Every change is audited and queued for search.
 */
@Singleton
public class Offers {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final OfferStore store;
    private final OfferCheck check;
    private final Organizations organizations;
    private final SearchOutbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    Offers(OfferStore store, OfferCheck check, Organizations organizations, SearchOutbox outbox, AuditLog audit,
           Clock clock) {
        this.store = store;
        this.check = check;
        this.organizations = organizations;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** The new offer's id, or the problems (id 0). */
    public record Created(long id, FieldErrors errors) {
    }

    @Transactional
    public Created create(Actor charity, OfferDraft draft, String ip) {
        Organization organization = organization(charity);
        FieldErrors errors = new FieldErrors();
        OfferCheck.Values v = check.check(draft, organization, today(), errors);
        if (!errors.isEmpty()) {
            return new Created(0, errors);
        }
        OfferStore.Row row = store.insert(row(null, organization.id(), v, OfferStatus.DRAFT, charity.accountId(), 0),
                v.regions(), slots(v));
        outbox.changed(Side.OFFER, row.id());
        record(charity, "OFFER_CREATED", row.id(), ip);
        return new Created(row.id(), errors);
    }

    /** Drafts only: what is published is what charities and residents already rely on. */
    @Transactional
    public FieldErrors update(Actor charity, long id, long version, OfferDraft draft, String ip) {
        Offer offer = own(charity, id);
        FieldErrors errors = new FieldErrors();
        if (offer.status() != OfferStatus.DRAFT) {
            return errors.add("state", "matching.offer.error.notDraft");
        }
        OfferCheck.Values v = check.check(new OfferDraft(offer.kind(), draft.title(), draft.description(),
                draft.aidKind(), draft.targets(), draft.amountPerBeneficiary(), draft.goods(), draft.budget(),
                draft.skills(), draft.baseRegionCode(), draft.radiusKm(), draft.capacity(), draft.startsOn(),
                draft.endsOn(), draft.regions(), draft.slots()), organization(charity), today(), errors);
        if (errors.isEmpty() && !store.update(row(id, offer.organizationId(), v, OfferStatus.DRAFT,
                charity.accountId(), version), v.regions(), slots(v))) {
            errors.add("state", "matching.offer.error.changed");
        }
        if (errors.isEmpty()) {
            outbox.changed(Side.OFFER, id);
            record(charity, "OFFER_UPDATED", id, ip);
        }
        return errors;
    }

    /** Publish, pause, resume (to PUBLISHED) or close. */
    @Transactional
    public FieldErrors move(Actor charity, long id, long version, OfferStatus to, String ip) {
        Offer offer = own(charity, id);
        FieldErrors errors = new FieldErrors();
        if (!offer.status().mayBecome(to)) {
            errors.add("state", "matching.offer.error.transition");
        } else if (to == OfferStatus.PUBLISHED && !organizations.verified(offer.organizationId())) {
            errors.add("state", "matching.offer.error.unverified");
        } else if (to == OfferStatus.PUBLISHED && offer.endsOn().isBefore(today())) {
            errors.add("state", "matching.offer.error.ended");
        } else if (to == OfferStatus.PUBLISHED && offer.remaining() == 0) {
            errors.add("state", "matching.offer.error.full");
        } else if (!store.move(id, version, offer.status().name(), to.name(), clock.instant())) {
            errors.add("state", "matching.offer.error.changed");
        }
        if (errors.isEmpty()) {
            outbox.changed(Side.OFFER, id);
            record(charity, "OFFER_" + to.name(), id, ip);
        }
        return errors;
    }

    /** What became of an attempt to take a place. */
    public enum PlaceTaken {
        TAKEN, NOT_OPEN, FULL
    }

    /**
     * Takes one place of a published offer that has not ended (and of the chosen slot, for a volunteer service), in
     * the caller's transaction. The offer row is locked first, so concurrent takers queue and the last place goes
     * to exactly one of them; the CHECK constraint on remaining is the final guard.
     */
    @Transactional
    public PlaceTaken takePlace(long id, Slot slot) {
        OfferStore.Row row = store.lock(id).orElseThrow(OfferNotFound::new);
        if (!OfferStatus.PUBLISHED.name().equals(row.status()) || row.endsOn().isBefore(today())) {
            return PlaceTaken.NOT_OPEN;
        }
        boolean volunteer = OfferKind.VOLUNTEER.name().equals(row.kind());
        if (volunteer && slot == null) {
            return PlaceTaken.FULL;
        }
        if (!store.takePlace(id, volunteer ? slot.weekday() : null, volunteer ? slot.part().name() : null)) {
            return PlaceTaken.FULL;
        }
        outbox.placesChanged(id);
        return PlaceTaken.TAKEN;
    }

    /** Gives back a place a cancelled pairing had taken, whatever the offer's state now. */
    @Transactional
    public void returnPlace(long id, Slot slot) {
        store.lock(id).orElseThrow(OfferNotFound::new);
        store.returnPlace(id, slot == null ? null : slot.weekday(), slot == null ? null : slot.part().name());
        outbox.placesChanged(id);
    }

    @Transactional(readOnly = true)
    public List<Offer> ofCharity(Actor charity) {
        Organization organization = organization(charity);
        return store.ofOrganization(organization.id()).stream().map(this::offer).toList();
    }

    /** One of the charity's own offers, or {@link OfferNotFound}. */
    @Transactional(readOnly = true)
    public Offer own(Actor charity, long id) {
        Organization organization = organization(charity);
        return store.findOwn(id, organization.id()).map(this::offer).orElseThrow(OfferNotFound::new);
    }

    /** Any offer, for indexing and for pages that show only published ones. */
    @Transactional(readOnly = true)
    public Optional<Offer> find(long id) {
        return store.find(id).map(this::offer);
    }

    /** A page of every offer in id order, for rebuilding the index. */
    @Transactional(readOnly = true)
    public List<Offer> batchAfter(long after, int limit) {
        List<OfferStore.Row> rows = store.batchAfter(after, limit);
        // Two queries for the whole page's regions and slots, not two per offer: a rebuild reads every offer.
        List<Long> ids = rows.stream().map(OfferStore.Row::id).toList();
        Map<Long, List<String>> regions = store.regionsOf(ids);
        Map<Long, List<OfferStore.SlotRow>> slots = store.slotsOf(ids);
        return rows.stream().map(r -> offer(r, regions.getOrDefault(r.id(), List.of()),
                slots.getOrDefault(r.id(), List.of()))).toList();
    }

    private Organization organization(Actor charity) {
        if (!charity.is(Role.CHARITY)) {
            throw new OfferNotFound();
        }
        return organizations.ofCharity(charity).orElseThrow(OfferNotFound::new);
    }

    Offer offer(OfferStore.Row r) {
        boolean volunteer = r.kind().equals(OfferKind.VOLUNTEER.name());
        return offer(r, volunteer ? List.of() : store.regions(r.id()), volunteer ? store.slots(r.id()) : List.of());
    }

    private static Offer offer(OfferStore.Row r, List<String> regions, List<OfferStore.SlotRow> slotRows) {
        List<Slot> slots = r.kind().equals(OfferKind.VOLUNTEER.name()) ? slotRows.stream()
                .map(s -> new Slot(s.weekday(), DayPart.valueOf(s.part()), s.remaining())).toList() : List.of();
        GeoPoint base = r.latitude() == null || r.longitude() == null ? null
                : new GeoPoint(r.latitude().doubleValue(), r.longitude().doubleValue());
        return new Offer(r.id(), r.organizationId(), OfferKind.valueOf(r.kind()), r.title(), r.description(),
                AidKind.valueOf(r.aidKind()), TargetGroup.read(r.targetGroups()), r.amountPerBeneficiary(),
                r.goods() == null ? "" : r.goods(), r.budget(), r.skills() == null ? "" : r.skills(),
                r.baseRegionCode(), base, r.radiusKm(), r.capacity(), r.remaining(), r.startsOn(), r.endsOn(),
                OfferStatus.valueOf(r.status()), r.kind().equals(OfferKind.PROJECT.name()) ? regions : List.of(), slots,
                r.version());
    }

    private OfferStore.Row row(Long id, long organization, OfferCheck.Values v, OfferStatus status, long by,
                               long version) {
        return new OfferStore.Row(id, organization, v.kind().name(), v.title(), v.description(), v.aidKind().name(),
                TargetGroup.store(v.targets()), v.amount(), v.goods(), v.budget(), v.skills(), v.baseRegionCode(),
                v.base() == null ? null : BigDecimal.valueOf(v.base().latitude()),
                v.base() == null ? null : BigDecimal.valueOf(v.base().longitude()), v.radiusKm(), v.capacity(),
                v.remaining(), v.startsOn(), v.endsOn(), status.name(), by, clock.instant(), clock.instant(), version);
    }

    private static List<OfferStore.SlotRow> slots(OfferCheck.Values v) {
        return v.slots().stream().map(s -> new OfferStore.SlotRow(s.weekday(), s.part().name(), s.remaining())).toList();
    }

    private void record(Actor charity, String action, long id, String ip) {
        audit.record(AuditEvent.of(charity.accountId(), charity.role().name(), action, AuditResult.SUCCESS, ip)
                .about("offer", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
