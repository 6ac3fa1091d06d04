package org.jiuzhu.matching.offer.persistence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** offer, offer_region and offer_slot. */
@Singleton
public class OfferStore {

    @MappedEntity("offer")
    public record Row(@Id @GeneratedValue @Nullable Long id, @MappedProperty("organization_id") long organizationId,
                      String kind, String title, String description, @MappedProperty("aid_kind") String aidKind,
                      @MappedProperty("target_groups") String targetGroups,
                      @MappedProperty("amount_per_beneficiary") @Nullable BigDecimal amountPerBeneficiary,
                      @Nullable String goods, @Nullable BigDecimal budget, @Nullable String skills,
                      @MappedProperty("base_region_code") @Nullable String baseRegionCode,
                      @Nullable BigDecimal latitude, @Nullable BigDecimal longitude,
                      @MappedProperty("radius_km") @Nullable Integer radiusKm, int capacity, int remaining,
                      @MappedProperty("starts_on") LocalDate startsOn, @MappedProperty("ends_on") LocalDate endsOn,
                      String status, @MappedProperty("created_by") long createdBy,
                      @MappedProperty("created_at") Instant createdAt, @MappedProperty("updated_at") Instant updatedAt,
                      long version) {
    }

    /** A slot row. */
    @Introspected
    public record SlotRow(int weekday, String part, int remaining) {
    }

    /** A region an offer serves, for reading a page of offers at once. */
    @Introspected
    public record RegionOf(@MappedProperty("offer_id") long offerId, @MappedProperty("region_code") String regionCode) {
    }

    /** A slot with its offer, for reading a page of offers at once. */
    @Introspected
    public record SlotOf(@MappedProperty("offer_id") long offerId, int weekday, String part, int remaining) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {

        @Query("SELECT * FROM offer WHERE organization_id = :organization ORDER BY FIELD(status, 'PUBLISHED', 'DRAFT', 'PAUSED', 'CLOSED'), id DESC LIMIT 500")
        List<Row> ofOrganization(long organization);

        @Query("SELECT * FROM offer WHERE id = :id AND organization_id = :organization")
        Optional<Row> findOwn(long id, long organization);

        @Query("SELECT * FROM offer WHERE id > :after ORDER BY id LIMIT :limit")
        List<Row> batchAfter(long after, int limit);

        @Query("UPDATE offer SET status = :to, updated_at = :now, version = version + 1 WHERE id = :id AND version = :version AND status = :from")
        long move(long id, long version, String from, String to, Instant now);

        @Query("SELECT * FROM offer WHERE id = :id FOR UPDATE")
        Optional<Row> lock(long id);

        // No version bump: a place taken must not make the charity's open pause or close form stale.
        @Query("UPDATE offer SET remaining = remaining - 1 WHERE id = :id AND remaining > 0")
        long takePlace(long id);

        @Query("UPDATE offer SET remaining = remaining + 1 WHERE id = :id")
        long returnPlace(long id);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Parts extends GenericRepository<Row, Long> {

        @Query("INSERT INTO offer_region (offer_id, region_code) VALUES (:offer, :region)")
        void addRegion(long offer, String region);

        @Query("DELETE FROM offer_region WHERE offer_id = :offer")
        void clearRegions(long offer);

        @Query("SELECT region_code FROM offer_region WHERE offer_id = :offer ORDER BY region_code")
        List<String> regions(long offer);

        @Query("INSERT INTO offer_slot (offer_id, weekday, part, remaining) VALUES (:offer, :weekday, :part, :remaining)")
        void addSlot(long offer, int weekday, String part, int remaining);

        @Query("DELETE FROM offer_slot WHERE offer_id = :offer")
        void clearSlots(long offer);

        @Query("SELECT weekday, part, remaining FROM offer_slot WHERE offer_id = :offer ORDER BY weekday, FIELD(part, 'MORNING', 'AFTERNOON', 'EVENING')")
        List<SlotRow> slots(long offer);

        @Query("SELECT offer_id, region_code FROM offer_region WHERE offer_id IN (:offers) ORDER BY offer_id, region_code")
        List<RegionOf> regionsOf(List<Long> offers);

        @Query("SELECT offer_id, weekday, part, remaining FROM offer_slot WHERE offer_id IN (:offers) ORDER BY offer_id, weekday, FIELD(part, 'MORNING', 'AFTERNOON', 'EVENING')")
        List<SlotOf> slotsOf(List<Long> offers);

        @Query("UPDATE offer_slot SET remaining = remaining - 1 WHERE offer_id = :offer AND weekday = :weekday AND part = :part AND remaining > 0")
        long takeSlot(long offer, int weekday, String part);

        @Query("UPDATE offer_slot SET remaining = remaining + 1 WHERE offer_id = :offer AND weekday = :weekday AND part = :part")
        long returnSlot(long offer, int weekday, String part);
    }

    private final Rows rows;
    private final Parts parts;

    OfferStore(Rows rows, Parts parts) {
        this.rows = rows;
        this.parts = parts;
    }

    public Row insert(Row row, List<String> regions, List<SlotRow> slots) {
        Row saved = rows.save(row);
        replaceParts(saved.id(), regions, slots);
        return saved;
    }

    /** Replaces a draft's contents; false when someone changed it first. */
    public boolean update(Row row, List<String> regions, List<SlotRow> slots) {
        Optional<Row> current = rows.findById(row.id()).filter(r -> r.version() == row.version());
        if (current.isEmpty()) {
            return false;
        }
        rows.update(new Row(row.id(), row.organizationId(), row.kind(), row.title(), row.description(), row.aidKind(),
                row.targetGroups(), row.amountPerBeneficiary(), row.goods(), row.budget(), row.skills(),
                row.baseRegionCode(), row.latitude(), row.longitude(), row.radiusKm(), row.capacity(), row.remaining(),
                row.startsOn(), row.endsOn(), row.status(), current.get().createdBy(), current.get().createdAt(), row.updatedAt(),
                row.version() + 1));
        replaceParts(row.id(), regions, slots);
        return true;
    }

    private void replaceParts(long id, List<String> regions, List<SlotRow> slots) {
        parts.clearRegions(id);
        parts.clearSlots(id);
        regions.forEach(region -> parts.addRegion(id, region));
        slots.forEach(slot -> parts.addSlot(id, slot.weekday(), slot.part(), slot.remaining()));
    }

    public Optional<Row> find(long id) {
        return rows.findById(id);
    }

    public Optional<Row> findOwn(long id, long organization) {
        return rows.findOwn(id, organization);
    }

    public List<Row> ofOrganization(long organization) {
        return rows.ofOrganization(organization);
    }

    /** Keyset pages over every offer, for rebuilding the index. */
    public List<Row> batchAfter(long after, int limit) {
        return rows.batchAfter(after, limit);
    }

    /** The offer row, locked until the transaction ends: every change of places goes through this lock first. */
    public Optional<Row> lock(long id) {
        return rows.lock(id);
    }

    /** One place fewer, of the slot too when one is given; false when none was left. */
    public boolean takePlace(long id, Integer weekday, String part) {
        if (weekday != null && parts.takeSlot(id, weekday, part) != 1) {
            return false;
        }
        return rows.takePlace(id) == 1;
    }

    /** A place given back by a pairing cancelled before delivery. */
    public void returnPlace(long id, Integer weekday, String part) {
        if (weekday != null) {
            parts.returnSlot(id, weekday, part);
        }
        rows.returnPlace(id);
    }

    public boolean move(long id, long version, String from, String to, Instant now) {
        return rows.move(id, version, from, to, now) == 1;
    }

    public List<String> regions(long offer) {
        return parts.regions(offer);
    }

    public List<SlotRow> slots(long offer) {
        return parts.slots(offer);
    }

    /** The regions of each of these offers that has some, in code order. */
    public Map<Long, List<String>> regionsOf(List<Long> offers) {
        Map<Long, List<String>> regions = new HashMap<>();
        if (!offers.isEmpty()) {
            parts.regionsOf(offers).forEach(r -> regions.computeIfAbsent(r.offerId(), id -> new ArrayList<>())
                    .add(r.regionCode()));
        }
        return regions;
    }

    /** The slots of each of these offers that has some, in week order. */
    public Map<Long, List<SlotRow>> slotsOf(List<Long> offers) {
        Map<Long, List<SlotRow>> slots = new HashMap<>();
        if (!offers.isEmpty()) {
            parts.slotsOf(offers).forEach(s -> slots.computeIfAbsent(s.offerId(), id -> new ArrayList<>())
                    .add(new SlotRow(s.weekday(), s.part(), s.remaining())));
        }
        return slots;
    }
}
