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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Verification authorizations as stored. */
@Singleton
public class AuthorizationStore {

    /** A stored authorization; {@code sources} is a comma list of source names. */
    public record Stored(long id, long applicationId, int memberPosition, boolean byGuardian, String sources,
                         String consentSha256, long signedBy, Instant signedAt, String signedIp, LocalDate expiresOn,
                         Instant revokedAt, Long reusedFrom) {
    }

    @MappedEntity("verification_authorization")
    record Row(@Id @GeneratedValue @Nullable Long id, @MappedProperty("application_id") long applicationId,
               @MappedProperty("member_position") int memberPosition, @MappedProperty("by_guardian") boolean byGuardian,
               String sources, @MappedProperty("consent_sha256") String consentSha256,
               @MappedProperty("signed_by") long signedBy, @MappedProperty("signed_at") Instant signedAt,
               @MappedProperty("signed_ip") @Nullable String signedIp, @MappedProperty("expires_on") LocalDate expiresOn,
               @MappedProperty("revoked_at") @Nullable Instant revokedAt,
               @MappedProperty("reused_from") @Nullable Long reusedFrom) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {

        List<Row> findByApplicationIdOrderById(long applicationId);

        @Query("UPDATE verification_authorization SET revoked_at = :now WHERE id = :id AND application_id = :applicationId AND revoked_at IS NULL")
        long revoke(long id, long applicationId, Instant now);
    }

    private final Rows rows;

    AuthorizationStore(Rows rows) {
        this.rows = rows;
    }

    public void insert(Stored s) {
        rows.save(new Row(null, s.applicationId(), s.memberPosition(), s.byGuardian(), s.sources(), s.consentSha256(),
                s.signedBy(), s.signedAt(), s.signedIp(), s.expiresOn(), null, s.reusedFrom()));
    }

    public List<Stored> of(long applicationId) {
        return rows.findByApplicationIdOrderById(applicationId).stream().map(r -> new Stored(r.id(), r.applicationId(),
                r.memberPosition(), r.byGuardian(), r.sources(), r.consentSha256(), r.signedBy(), r.signedAt(),
                r.signedIp(), r.expiresOn(), r.revokedAt(), r.reusedFrom())).toList();
    }

    public boolean revoke(long id, long applicationId, Instant now) {
        return rows.revoke(id, applicationId, now) == 1;
    }
}
