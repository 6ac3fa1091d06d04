package org.jiuzhu.admin.exchange.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** exchange_api_key. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface KeyStore extends CrudRepository<KeyStore.Key, Long> {

    @MappedEntity("exchange_api_key")
    record Key(@Id @GeneratedValue @Nullable Long id, String department,
               @MappedProperty("region_code") String regionCode, String label,
               @MappedProperty("key_prefix") String keyPrefix, @MappedProperty("key_hash") byte[] keyHash,
               @MappedProperty("created_by") long createdBy, @MappedProperty("created_at") Instant createdAt,
               @MappedProperty("revoked_by") @Nullable Long revokedBy,
               @MappedProperty("revoked_at") @Nullable Instant revokedAt,
               @MappedProperty("last_used_at") @Nullable Instant lastUsedAt) {
    }

    @Query("SELECT * FROM exchange_api_key WHERE key_hash = :hash AND revoked_at IS NULL")
    Optional<Key> active(byte[] hash);

    @Query("SELECT * FROM exchange_api_key WHERE department = :department AND region_code LIKE :pattern ORDER BY id DESC")
    List<Key> ofDepartment(String department, String pattern);

    @Query("UPDATE exchange_api_key SET revoked_by = :by, revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
    long revoke(long id, long by, Instant at);

    @Query("UPDATE exchange_api_key SET last_used_at = :at WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :before)")
    long used(long id, Instant at, Instant before);
}
