package org.jiuzhu.matching.organization.persistence;

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
import java.util.List;
import java.util.Optional;

/** charity_organization with its served regions and certificate; ciphertexts pass through untouched. */
@Singleton
public class OrganizationStore {

    @MappedEntity("charity_organization")
    public record Row(@Id @GeneratedValue @Nullable Long id, String name,
                      @MappedProperty("region_code") String regionCode,
                      @MappedProperty("created_at") Instant createdAt,
                      @MappedProperty("credit_code") @Nullable String creditCode,
                      @MappedProperty("contact_name") @Nullable String contactName,
                      @MappedProperty("contact_phone_enc") @Nullable byte[] contactPhoneEnc,
                      @Nullable String introduction, String status,
                      @MappedProperty("decided_by") @Nullable Long decidedBy,
                      @MappedProperty("decided_at") @Nullable Instant decidedAt,
                      @MappedProperty("decision_reason") @Nullable String decisionReason, long version) {
    }

    /** A certificate without its content, for lists and checks. */
    @Introspected
    public record CertificateInfo(@MappedProperty("media_type") String mediaType,
                                  @MappedProperty("size_bytes") int sizeBytes) {
    }

    /** A certificate to send back as it was uploaded. */
    @Introspected
    public record Certificate(@MappedProperty("media_type") String mediaType, byte[] content) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {

        @Query("SELECT COUNT(*) > 0 FROM charity_organization WHERE credit_code = :code")
        boolean creditCodeTaken(String code);

        @Query("SELECT * FROM charity_organization WHERE region_code LIKE :scope ORDER BY FIELD(status, 'PENDING', 'VERIFIED', 'REJECTED'), created_at LIMIT 500")
        List<Row> inScope(String scope);

        @Query("SELECT * FROM charity_organization WHERE id = :id AND region_code LIKE :scope")
        Optional<Row> findInScope(long id, String scope);

        @Query("""
                UPDATE charity_organization SET status = :to, decided_by = :by, decided_at = :now,
                decision_reason = :reason, version = version + 1
                WHERE id = :id AND version = :version AND status = 'PENDING'""")
        long decide(long id, long version, String to, long by, Instant now, @Nullable String reason);

        @Query("""
                UPDATE charity_organization SET status = 'PENDING', version = version + 1
                WHERE id = :id AND version = :version AND status = 'REJECTED'""")
        long reopen(long id, long version);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Links extends GenericRepository<Row, Long> {

        @Query("INSERT INTO charity_served_region (organization_id, region_code) VALUES (:organization, :region)")
        void serve(long organization, String region);

        @Query("SELECT region_code FROM charity_served_region WHERE organization_id = :organization ORDER BY region_code")
        List<String> served(long organization);

        @Query("""
                INSERT INTO charity_certificate (organization_id, media_type, size_bytes, sha256, content, uploaded_at)
                VALUES (:organization, :mediaType, :size, :sha256, :content, :now)
                ON DUPLICATE KEY UPDATE media_type = VALUES(media_type), size_bytes = VALUES(size_bytes),
                sha256 = VALUES(sha256), content = VALUES(content), uploaded_at = VALUES(uploaded_at)""")
        void putCertificate(long organization, String mediaType, int size, String sha256, byte[] content, Instant now);

        @Query("SELECT media_type, size_bytes FROM charity_certificate WHERE organization_id = :organization")
        Optional<CertificateInfo> certificateInfo(long organization);

        @Query("SELECT media_type, content FROM charity_certificate WHERE organization_id = :organization")
        Optional<Certificate> certificate(long organization);
    }

    private final Rows rows;
    private final Links links;

    OrganizationStore(Rows rows, Links links) {
        this.rows = rows;
        this.links = links;
    }

    public Row insert(Row row, List<String> servedRegions) {
        Row saved = rows.save(row);
        servedRegions.forEach(region -> links.serve(saved.id(), region));
        return saved;
    }

    public boolean creditCodeTaken(String code) {
        return rows.creditCodeTaken(code);
    }

    public Optional<Row> find(long id) {
        return rows.findById(id);
    }

    public Optional<Row> findInScope(long id, String scopePattern) {
        return rows.findInScope(id, scopePattern);
    }

    public List<Row> inScope(String scopePattern) {
        return rows.inScope(scopePattern);
    }

    public boolean decide(long id, long version, String to, long by, Instant now, String reason) {
        return rows.decide(id, version, to, by, now, reason) == 1;
    }

    public boolean reopen(long id, long version) {
        return rows.reopen(id, version) == 1;
    }

    public List<String> served(long organization) {
        return links.served(organization);
    }

    public void putCertificate(long organization, String mediaType, byte[] content, String sha256, Instant now) {
        links.putCertificate(organization, mediaType, content.length, sha256, content, now);
    }

    public Optional<CertificateInfo> certificateInfo(long organization) {
        return links.certificateInfo(organization);
    }

    public Optional<Certificate> certificate(long organization) {
        return links.certificate(organization);
    }
}
