package org.jiuzhu.core.account.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SessionRepository extends CrudRepository<SessionRow, String> {

    @Query("UPDATE account_session SET last_seen_at = :now WHERE id = :id AND revoked_at IS NULL")
    void touch(String id, Instant now);

    @Query("UPDATE account_session SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    void revoke(String id, Instant now);

    @Query("SELECT id FROM account_session WHERE account_id = :accountId AND revoked_at IS NULL")
    List<String> findOpenIds(long accountId);

    @Query("UPDATE account_session SET revoked_at = :now WHERE account_id = :accountId AND revoked_at IS NULL")
    void revokeAll(long accountId, Instant now);
}
