package org.jiuzhu.core.region.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.annotation.Query;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RegionRepository extends CrudRepository<RegionRow, String> {

    List<RegionRow> findByDivisionLevel(String divisionLevel);

    @Query("SELECT * FROM region WHERE code LIKE :pattern")
    List<RegionRow> findWithin(String pattern);
}
