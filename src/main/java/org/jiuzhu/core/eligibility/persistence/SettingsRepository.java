package org.jiuzhu.core.eligibility.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SettingsRepository extends CrudRepository<SettingsRow, Long> {

    @Query("""
            SELECT * FROM regional_settings WHERE region_code = :regionCode AND effective_from <= :date
            ORDER BY effective_from DESC, version DESC LIMIT 1""")
    Optional<SettingsRow> findInEffect(String regionCode, LocalDate date);

    @Query("SELECT * FROM regional_settings WHERE region_code LIKE :scope ORDER BY region_code, effective_from DESC, version DESC LIMIT 200")
    List<SettingsRow> findWithin(String scope);
}
