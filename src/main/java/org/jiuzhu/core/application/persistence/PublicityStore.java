package org.jiuzhu.core.application.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import org.jiuzhu.core.application.Listing;
import org.jiuzhu.core.eligibility.Category;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Publicity listings and the objections raised against them. */
@Singleton
public class PublicityStore {

    @MappedEntity("publicity")
    record ListingRow(@Id @GeneratedValue @Nullable Long id, @MappedProperty("application_id") long applicationId,
                      @MappedProperty("region_code") String regionCode, @MappedProperty("masked_name") String maskedName,
                      @MappedProperty("masked_id_number") @Nullable String maskedIdNumber,
                      @MappedProperty("household_size") int householdSize, String categories,
                      @MappedProperty("monthly_amount") @Nullable BigDecimal monthlyAmount,
                      @MappedProperty("starts_on") LocalDate startsOn, @MappedProperty("ends_on") LocalDate endsOn,
                      @MappedProperty("posted_by") long postedBy, @MappedProperty("posted_at") Instant postedAt) {
    }

    @MappedEntity("publicity_objection")
    record ObjectionRow(@Id @GeneratedValue @Nullable Long id, @MappedProperty("publicity_id") long publicityId,
                        String text, @MappedProperty("contact_name") @Nullable String contactName,
                        @MappedProperty("contact_phone_enc") @Nullable byte[] contactPhoneEnc,
                        @MappedProperty("received_at") Instant receivedAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Listings extends CrudRepository<ListingRow, Long> {

        Optional<ListingRow> findByApplicationId(long applicationId);

        // A withdrawn or refused application leaves the list at once, whatever its dates.
        @Query("""
                SELECT p.* FROM publicity p JOIN application a ON a.id = p.application_id AND a.status = 'PUBLICITY'
                WHERE p.starts_on <= :day AND p.ends_on >= :day AND p.region_code LIKE :scope
                ORDER BY p.region_code, p.id LIMIT :limit OFFSET :offset""")
        List<ListingRow> runningOn(LocalDate day, String scope, int limit, long offset);

        @Query("""
                SELECT COUNT(*) FROM publicity p JOIN application a ON a.id = p.application_id AND a.status = 'PUBLICITY'
                WHERE p.starts_on <= :day AND p.ends_on >= :day AND p.region_code LIKE :scope""")
        long countRunningOn(LocalDate day, String scope);

        @Query("""
                SELECT p.* FROM publicity p JOIN application a ON a.id = p.application_id AND a.status = 'PUBLICITY'
                WHERE p.id = :id AND p.starts_on <= :day AND p.ends_on >= :day""")
        Optional<ListingRow> findRunning(long id, LocalDate day);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Objections extends CrudRepository<ObjectionRow, Long> {

        List<ObjectionRow> findByPublicityIdOrderById(long publicityId);
    }

    /** An objection as stored: the phone still encrypted. */
    public record StoredObjection(long id, String text, String contactName, byte[] contactPhoneEnc, Instant receivedAt) {
    }

    private final Listings listings;
    private final Objections objections;

    PublicityStore(Listings listings, Objections objections) {
        this.listings = listings;
        this.objections = objections;
    }

    public void post(Listing l, long postedBy, Instant now) {
        listings.save(new ListingRow(null, l.applicationId(), l.regionCode(), l.maskedName(),
                l.maskedIdNumber().isEmpty() ? null : l.maskedIdNumber(), l.householdSize(),
                String.join(",", l.categories().stream().map(Enum::name).toList()), l.monthlyAmount(), l.startsOn(),
                l.endsOn(), postedBy, now));
    }

    /** The listing if it runs on {@code day} and its application is still in publicity. */
    public Optional<Listing> findRunning(long id, LocalDate day) {
        return listings.findRunning(id, day).map(PublicityStore::listing);
    }

    public Optional<Listing> ofApplication(long applicationId) {
        return listings.findByApplicationId(applicationId).map(PublicityStore::listing);
    }

    public List<Listing> runningOn(LocalDate day, String scopePattern, int limit, long offset) {
        return listings.runningOn(day, scopePattern, limit, offset).stream().map(PublicityStore::listing).toList();
    }

    public long countRunningOn(LocalDate day, String scopePattern) {
        return listings.countRunningOn(day, scopePattern);
    }

    public void addObjection(long publicityId, String text, String contactName, byte[] phoneEnc, Instant now) {
        objections.save(new ObjectionRow(null, publicityId, text, contactName, phoneEnc, now));
    }

    public List<StoredObjection> objections(long publicityId) {
        return objections.findByPublicityIdOrderById(publicityId).stream().map(r -> new StoredObjection(r.id(),
                r.text(), r.contactName() == null ? "" : r.contactName(), r.contactPhoneEnc(), r.receivedAt())).toList();
    }

    private static Listing listing(ListingRow r) {
        return new Listing(r.id(), r.applicationId(), r.regionCode(), r.maskedName(),
                r.maskedIdNumber() == null ? "" : r.maskedIdNumber(), r.householdSize(),
                Arrays.stream(r.categories().split(",")).filter(s -> !s.isBlank()).map(Category::valueOf).toList(),
                r.monthlyAmount(), r.startsOn(), r.endsOn());
    }
}
