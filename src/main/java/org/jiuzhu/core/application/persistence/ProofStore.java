package org.jiuzhu.core.application.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Proof rows; the files themselves belong to ProofFiles. */
@Singleton
public class ProofStore {

    /** A proof as stored. */
    public record Proof(long id, long applicationId, String storedName, String originalName, String mediaType,
                        long sizeBytes, String sha256, String kind, long uploadedBy, Instant uploadedAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<ProofRow, Long> {

        List<ProofRow> findByApplicationIdOrderById(long applicationId);

        @Query("SELECT COUNT(*) FROM application_proof WHERE stored_name = :storedName")
        long countByStoredName(String storedName);
    }

    private final Rows rows;

    ProofStore(Rows rows) {
        this.rows = rows;
    }

    public Proof insert(Proof p) {
        return proof(rows.save(new ProofRow(null, p.applicationId(), p.storedName(), p.originalName(), p.mediaType(),
                p.sizeBytes(), p.sha256(), p.kind(), p.uploadedBy(), p.uploadedAt())));
    }

    public List<Proof> of(long applicationId) {
        return rows.findByApplicationIdOrderById(applicationId).stream().map(ProofStore::proof).toList();
    }

    public Optional<Proof> find(long applicationId, long proofId) {
        return rows.findById(proofId).filter(r -> r.applicationId() == applicationId).map(ProofStore::proof);
    }

    public boolean known(String storedName) {
        return rows.countByStoredName(storedName) > 0;
    }

    private static Proof proof(ProofRow r) {
        return new Proof(r.id(), r.applicationId(), r.storedName(), r.originalName(), r.mediaType(), r.sizeBytes(),
                r.sha256(), r.kind(), r.uploadedBy(), r.uploadedAt());
    }
}
