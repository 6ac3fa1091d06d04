package org.jiuzhu.core.account.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccountRepository extends CrudRepository<AccountRow, Long> {

    Optional<AccountRow> findByUsername(String username);

    Optional<AccountRow> findByPhoneBidx(byte[] phoneBidx);

    Optional<AccountRow> findByIdNumberBidx(byte[] idNumberBidx);

    boolean existsByPhoneBidx(byte[] phoneBidx);

    boolean existsByIdNumberBidx(byte[] idNumberBidx);

    boolean existsByUsername(String username);

    @Query("SELECT * FROM account WHERE id = :id AND role = :role AND region_code LIKE :scope")
    Optional<AccountRow> findWithRoleInScope(long id, String role, String scope);

    @Query("SELECT * FROM account WHERE role = :role AND region_code LIKE :scope ORDER BY id DESC LIMIT :limit OFFSET :offset")
    List<AccountRow> findByRoleInScope(String role, String scope, int limit, int offset);

    @Query("SELECT COUNT(*) FROM account WHERE role = :role AND region_code LIKE :scope")
    long countByRoleInScope(String role, String scope);

    @Query("SELECT * FROM account WHERE role <> 'RESIDENT' AND region_code LIKE :scope ORDER BY region_code, role, id LIMIT 500")
    List<AccountRow> findStaffInScope(String scope);

    @Query("UPDATE account SET display_mode = :mode WHERE id = :id")
    void updateDisplayMode(long id, String mode);

    @Query("SELECT display_mode FROM account WHERE id = :id")
    Optional<String> findDisplayModeById(long id);

    @Query("UPDATE account SET password_hash = :hash, password_changed_at = :changedAt WHERE id = :id")
    void updatePassword(long id, String hash, Instant changedAt);
}
