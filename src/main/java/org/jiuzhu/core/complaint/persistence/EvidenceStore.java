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

/** The complaint_evidence table: one row per stored file. */
@Singleton
public class EvidenceStore {

    @MappedEntity("complaint_evidence")
    public record Row(@Id @GeneratedValue @Nullable Long id, @MappedProperty("complaint_id") long complaintId,
                      @MappedProperty("stored_name") String storedName,
                      @MappedProperty("original_name") String originalName,
                      @MappedProperty("media_type") String mediaType, long size, String sha256,
                      @MappedProperty("added_at") Instant addedAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {

        @Query("SELECT * FROM complaint_evidence WHERE complaint_id = :complaintId ORDER BY id")
        List<Row> of(long complaintId);

        @Query("SELECT * FROM complaint_evidence WHERE id = :id AND complaint_id = :complaintId")
        Optional<Row> find(long complaintId, long id);

        boolean existsByStoredName(String storedName);
    }

    private final Rows rows;

    EvidenceStore(Rows rows) {
        this.rows = rows;
    }

    public void insert(Row row) {
        rows.save(row);
    }

    public List<Row> of(long complaintId) {
        return rows.of(complaintId);
    }

    public Optional<Row> find(long complaintId, long id) {
        return rows.find(complaintId, id);
    }

    public boolean known(String storedName) {
        return rows.existsByStoredName(storedName);
    }
}
