package org.jiuzhu.core.account.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ThrottleRepository extends GenericRepository<ThrottleRow, byte[]> {

    /**
     * Creates an empty counter if none exists, so the row lock below always has a row to lock. ON DUPLICATE KEY
     * UPDATE takes the existing row's exclusive lock at once; INSERT IGNORE would take a shared one, and two logins
     * holding it while both asked for the exclusive lock deadlocked (measured under wrk: most logins failed).
     */
    @Query("""
            INSERT INTO login_throttle (login_key, failures, last_failure_at, locked_until) VALUES (:key, 0, :now, NULL)
            ON DUPLICATE KEY UPDATE login_key = login_key""")
    void ensure(byte[] key, Instant now);

    @Query("SELECT * FROM login_throttle WHERE login_key = :key FOR UPDATE")
    ThrottleRow lock(byte[] key);

    @Query("UPDATE login_throttle SET failures = :failures, last_failure_at = :now, locked_until = :lockedUntil WHERE login_key = :key")
    void put(byte[] key, int failures, Instant now, @Nullable Instant lockedUntil);

    // Reset, not deleted: a deleted row makes the next login's insert race for the gap again.
    @Query("UPDATE login_throttle SET failures = 0, locked_until = NULL WHERE login_key = :key")
    void clear(byte[] key);
}
