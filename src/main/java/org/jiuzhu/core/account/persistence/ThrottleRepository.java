package org.jiuzhu.core.account.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ThrottleRepository extends GenericRepository<ThrottleRow, byte[]> {

    @Query("SELECT * FROM login_throttle WHERE login_key = :key FOR UPDATE")
    Optional<ThrottleRow> lock(byte[] key);

    @Query("""
            INSERT INTO login_throttle (login_key, failures, last_failure_at, locked_until)
            VALUES (:key, :failures, :now, :lockedUntil)
            ON DUPLICATE KEY UPDATE failures = :failures, last_failure_at = :now, locked_until = :lockedUntil""")
    void put(byte[] key, int failures, Instant now, @Nullable Instant lockedUntil);

    @Query("DELETE FROM login_throttle WHERE login_key = :key")
    void clear(byte[] key);
}
