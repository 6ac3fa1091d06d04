package org.jiuzhu.core.complaint.persistence;

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

/** The complaint_extension table: requests for more time and their decisions. */
@Singleton
public class ExtensionStore {

    @MappedEntity("complaint_extension")
    public record Row(@Id @GeneratedValue @Nullable Long id, @MappedProperty("complaint_id") long complaintId,
                      int days, String reason, @MappedProperty("requested_by") long requestedBy,
                      @MappedProperty("requested_at") Instant requestedAt, String state,
                      @MappedProperty("decided_by") @Nullable Long decidedBy,
                      @MappedProperty("decided_at") @Nullable Instant decidedAt,
                      @MappedProperty("decision_note") @Nullable String decisionNote) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {

        @Query("SELECT * FROM complaint_extension WHERE complaint_id = :complaintId ORDER BY id")
        List<Row> of(long complaintId);

        @Query("SELECT * FROM complaint_extension WHERE complaint_id = :complaintId AND state = 'PENDING' FOR UPDATE")
        Optional<Row> pending(long complaintId);

        @Query("SELECT DISTINCT complaint_id FROM complaint_extension WHERE state = 'PENDING' AND complaint_id IN (:ids)")
        List<Long> pendingAmong(List<Long> ids);

        @Query("""
                UPDATE complaint_extension SET state = :state, decided_by = :by, decided_at = :now, decision_note = :note
                WHERE id = :id AND state = 'PENDING'""")
        long decide(long id, String state, long by, Instant now, @Nullable String note);
    }

    private final Rows rows;

    ExtensionStore(Rows rows) {
        this.rows = rows;
    }

    public void insert(Row row) {
        rows.save(row);
    }

    public List<Row> of(long complaintId) {
        return rows.of(complaintId);
    }

    public Optional<Row> pending(long complaintId) {
        return rows.pending(complaintId);
    }

    public java.util.Set<Long> pendingAmong(List<Long> complaintIds) {
        return complaintIds.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(rows.pendingAmong(complaintIds));
    }

    public boolean decide(long id, String state, long by, Instant now, String note) {
        return rows.decide(id, state, by, now, note) == 1;
    }
}
