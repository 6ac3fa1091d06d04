package org.jiuzhu.core.monitoring.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** warning_visit. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface VisitStore extends CrudRepository<VisitStore.Row, Long> {

    @MappedEntity("warning_visit")
    record Row(@Id @GeneratedValue @Nullable Long id, @MappedProperty("warning_id") @Nullable Long warningId,
               @MappedProperty("application_id") @Nullable Long applicationId,
               @MappedProperty("region_code") String regionCode, @MappedProperty("visited_on") LocalDate visitedOn,
               String visitors, @MappedProperty("findings_enc") byte[] findings, String finding,
               @MappedProperty("raised_warning_id") @Nullable Long raisedWarningId,
               @MappedProperty("recorded_by") long recordedBy, @MappedProperty("recorded_at") Instant recordedAt) {
    }

    List<Row> findByWarningIdOrRaisedWarningIdOrderById(Long warningId, Long raisedWarningId);
}
