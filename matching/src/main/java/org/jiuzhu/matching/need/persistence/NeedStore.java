package org.jiuzhu.matching.need.persistence;

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

import java.time.Instant;
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
                      long version) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {

        @Query("SELECT * FROM need WHERE account_id = :account ORDER BY FIELD(status, 'SHARED', 'WITHDRAWN'), id DESC LIMIT 100")
        List<Row> ofAccount(long account);

        @Query("SELECT * FROM need WHERE id IN (:ids) AND status = 'SHARED'")
        List<Row> sharedAmong(List<Long> ids);

        @Query("SELECT * FROM need WHERE id > :after ORDER BY id LIMIT :limit")
        List<Row> batchAfter(long after, int limit);

        @Query("SELECT COUNT(*) FROM need WHERE account_id = :account AND status = 'SHARED'")
        long sharedCount(long account);

        @Query("""
                UPDATE need SET status = 'WITHDRAWN', revoked_at = :now, version = version + 1
                WHERE id = :id AND account_id = :account AND version = :version AND status = 'SHARED'""")
        long revoke(long id, long account, long version, Instant now);
    }

    private final Rows rows;

    NeedStore(Rows rows) {
        this.rows = rows;
    }

    public Row insert(Row row) {
        return rows.save(row);
    }

    public Optional<Row> find(long id) {
        return rows.findById(id);
    }

    public List<Row> ofAccount(long account) {
        return rows.ofAccount(account);
    }

    public List<Row> sharedAmong(List<Long> ids) {
        return ids.isEmpty() ? List.of() : rows.sharedAmong(ids);
    }

    public List<Row> batchAfter(long after, int limit) {
        return rows.batchAfter(after, limit);
    }

    public long sharedCount(long account) {
        return rows.sharedCount(account);
    }

    public boolean revoke(long id, long account, long version, Instant now) {
        return rows.revoke(id, account, version, now) == 1;
    }
}
