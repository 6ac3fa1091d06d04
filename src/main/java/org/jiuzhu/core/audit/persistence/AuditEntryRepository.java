package org.jiuzhu.core.audit.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEntryRepository extends GenericRepository<AuditEntryRow, Long> {

    AuditEntryRow save(AuditEntryRow row);

    @Query("SELECT * FROM audit_entry WHERE id > :afterId ORDER BY id LIMIT :limit")
    List<AuditEntryRow> page(long afterId, int limit);

    @Query("SELECT * FROM audit_entry ORDER BY id DESC LIMIT :limit")
    List<AuditEntryRow> latest(int limit);

    @Query("SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
    HeadRow lockHead();

    @Query("SELECT last_id, last_hash FROM audit_head WHERE id = 1")
    HeadRow head();

    @Query("UPDATE audit_head SET last_id = :lastId, last_hash = :lastHash WHERE id = 1")
    void moveHead(long lastId, String lastHash);
}
