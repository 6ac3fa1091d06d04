package org.jiuzhu.matching.need.persistence;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The need table. household_bidx is a blind index; nothing here identifies a person in the clear. */
@Singleton
public class NeedStore {

    @MappedEntity("need")
    public record Row(@Id @GeneratedValue @Nullable Long id, @MappedProperty("household_bidx") byte[] householdBidx,
                      @MappedProperty("account_id") long accountId,
                      @MappedProperty("application_id") @Nullable Long applicationId,
                      @MappedProperty("region_code") String regionCode, @MappedProperty("aid_kind") String aidKind,
                      @MappedProperty("target_groups") String targetGroups, @MappedProperty("age_band") String ageBand,
                      String text, int urgency, String status, @MappedProperty("consented_at") Instant consentedAt,
                      @MappedProperty("revoked_at") @Nullable Instant revokedAt,
                      @MappedProperty("created_by") long createdBy, @MappedProperty("created_at") Instant createdAt,
                      long version, @MappedProperty("consent_channel") String consentChannel,
                      @MappedProperty("consent_reference") @Nullable String consentReference) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {

        @Query("SELECT * FROM need WHERE account_id = :account ORDER BY FIELD(status, 'SHARED', 'MATCHED', 'MET', 'WITHDRAWN'), id DESC LIMIT 100")
        List<Row> ofAccount(long account);

        @Query("SELECT * FROM need WHERE region_code LIKE :pattern ORDER BY id DESC LIMIT 100")
        List<Row> inRegion(String pattern);

        @Query("SELECT * FROM need WHERE id IN (:ids) AND status = 'SHARED'")
        List<Row> sharedAmong(List<Long> ids);

        @Query("SELECT COUNT(*) FROM need WHERE account_id = :account AND status IN ('SHARED', 'MATCHED')")
        long sharedCount(long account);

        @Query("""
                UPDATE need SET status = 'WITHDRAWN', revoked_at = :now, version = version + 1
                WHERE id = :id AND account_id = :account AND version = :version AND status IN ('SHARED', 'MATCHED')""")
        long revoke(long id, long account, long version, Instant now);

        @Query("SELECT id FROM need WHERE household_bidx = :household AND status = 'SHARED'")
        List<Long> sharedOfHousehold(byte[] household);

        @Query("SELECT * FROM need WHERE id = :id FOR UPDATE")
        Optional<Row> lock(long id);

        @Query("UPDATE need SET status = :to, version = version + 1 WHERE id = :id AND status = :from")
        long move(long id, String from, String to);
    }

    /**
     * A need as the search index reads it, with {@code lastServed}: the latest charity aid of the need's own kind its
     * household received, from the assistance chain (a household served recently ranks after those never served).
     * One query for a page of needs and their chains, because a rebuild reads a million of them.
     */
    @Introspected
    public record Indexed(long id, @MappedProperty("region_code") String regionCode,
                          @MappedProperty("aid_kind") String aidKind,
                          @MappedProperty("target_groups") String targetGroups,
                          @MappedProperty("age_band") String ageBand, String text, int urgency, String status,
                          @MappedProperty("consented_at") Instant consentedAt,
                          @MappedProperty("last_served") @Nullable LocalDate lastServed) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Indexing extends GenericRepository<Row, Long> {

        String COLUMNS = """
                SELECT n.id, n.region_code, n.aid_kind, n.target_groups, n.age_band, n.text, n.urgency, n.status,
                       n.consented_at, CASE WHEN n.status = 'SHARED' THEN (SELECT MAX(c.occurred_on)
                           FROM assistance_chain c WHERE c.household_bidx = n.household_bidx
                           AND c.aid_kind = n.aid_kind) END AS last_served
                FROM need n""";

        @Query(COLUMNS + " WHERE n.id > :after ORDER BY n.id LIMIT :limit")
        List<Indexed> after(long after, int limit);

        @Query(COLUMNS + " WHERE n.id = :id")
        Optional<Indexed> one(long id);
    }

    private final Rows rows;
    private final Indexing indexing;

    NeedStore(Rows rows, Indexing indexing) {
        this.rows = rows;
        this.indexing = indexing;
    }

    /** Needs with ids above {@code after}, in id order, as the index reads them. */
    public List<Indexed> indexedAfter(long after, int limit) {
        return indexing.after(after, limit);
    }

    public Optional<Indexed> indexed(long id) {
        return indexing.one(id);
    }

    public List<Long> sharedOfHousehold(byte[] household) {
        return rows.sharedOfHousehold(household);
    }

    /** The row, locked until the transaction ends. */
    public Optional<Row> lock(long id) {
        return rows.lock(id);
    }

    public boolean move(long id, String from, String to) {
        return rows.move(id, from, to) == 1;
    }

    public Row insert(Row row) {
        return rows.save(row);
    }

    public Optional<Row> find(long id) {
        return rows.findById(id);
    }

    /** The latest hundred needs of the region a LIKE pattern selects. */
    public List<Row> inRegion(String pattern) {
        return rows.inRegion(pattern);
    }

    public List<Row> ofAccount(long account) {
        return rows.ofAccount(account);
    }

    public List<Row> sharedAmong(List<Long> ids) {
        return ids.isEmpty() ? List.of() : rows.sharedAmong(ids);
    }

    public long sharedCount(long account) {
        return rows.sharedCount(account);
    }

    public boolean revoke(long id, long account, long version, Instant now) {
        return rows.revoke(id, account, version, now) == 1;
    }
}
