package org.jiuzhu.core.emergency.persistence;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The emergency_request table; ciphertexts pass through untouched. */
@Singleton
public class EmergencyStore {

    @MappedEntity("emergency_request")
    public record Row(@Id @GeneratedValue @Nullable Long id, String reference, String name,
                      @MappedProperty("phone_enc") byte[] phoneEnc, @MappedProperty("region_code") String regionCode,
                      String place, @MappedProperty("what_happened") String whatHappened,
                      @MappedProperty("account_id") @Nullable Long accountId, String status,
                      @MappedProperty("received_at") Instant receivedAt,
                      @MappedProperty("id_number_enc") @Nullable byte[] idNumberEnc,
                      @MappedProperty("aid_amount") @Nullable BigDecimal aidAmount,
                      @MappedProperty("aid_note") @Nullable String aidNote,
                      @MappedProperty("aided_by") @Nullable Long aidedBy,
                      @MappedProperty("aided_at") @Nullable Instant aidedAt,
                      @MappedProperty("closing_note") @Nullable String closingNote,
                      @MappedProperty("closed_by") @Nullable Long closedBy,
                      @MappedProperty("closed_at") @Nullable Instant closedAt, long version) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {

        @Query("SELECT * FROM emergency_request WHERE region_code LIKE :scope AND status IN (:statuses) ORDER BY received_at LIMIT 200")
        List<Row> inScope(String scope, List<String> statuses);

        @Query("SELECT * FROM emergency_request WHERE id = :id AND region_code LIKE :scope")
        Optional<Row> findInScope(long id, String scope);

        @Query("SELECT * FROM emergency_request WHERE id = :id AND region_code LIKE :scope FOR UPDATE")
        Optional<Row> lockInScope(long id, String scope);

        @Query("""
                UPDATE emergency_request SET status = 'AIDED', id_number_enc = :idNumberEnc, aid_amount = :amount,
                aid_note = :note, aided_by = :by, aided_at = :now, version = version + 1
                WHERE id = :id AND version = :version AND status = 'RECEIVED'""")
        long aid(long id, long version, byte[] idNumberEnc, BigDecimal amount, @Nullable String note, long by, Instant now);

        @Query("""
                UPDATE emergency_request SET status = :to, closing_note = :note, closed_by = :by, closed_at = :now,
                version = version + 1 WHERE id = :id AND version = :version AND status = :from""")
        long close(long id, long version, String from, String to, String note, long by, Instant now);
    }

    private final Rows rows;

    EmergencyStore(Rows rows) {
        this.rows = rows;
    }

    public Row insert(Row row) {
        return rows.save(row);
    }

    public List<Row> inScope(String scopePattern, List<String> statuses) {
        return rows.inScope(scopePattern, statuses);
    }

    public Optional<Row> findInScope(long id, String scopePattern) {
        return rows.findInScope(id, scopePattern);
    }

    public Optional<Row> lockInScope(long id, String scopePattern) {
        return rows.lockInScope(id, scopePattern);
    }

    public boolean aid(long id, long version, byte[] idNumberEnc, BigDecimal amount, String note, long by, Instant now) {
        return rows.aid(id, version, idNumberEnc, amount, note, by, now) == 1;
    }

    public boolean close(long id, long version, String from, String to, String note, long by, Instant now) {
        return rows.close(id, version, from, to, note, by, now) == 1;
    }
}
