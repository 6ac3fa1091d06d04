package org.jiuzhu.core.complaint.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;

/** The complaint_event table: a complaint's history, appended to and never changed. */
@Singleton
public class EventStore {

    @MappedEntity("complaint_event")
    public record Row(@Id @GeneratedValue @Nullable Long id, @MappedProperty("complaint_id") long complaintId,
                      Instant at, @MappedProperty("actor_id") @Nullable Long actorId, String kind,
                      @MappedProperty("office_region") @Nullable String officeRegion,
                      @MappedProperty("office_department") @Nullable String officeDepartment, @Nullable String note,
                      @MappedProperty("shown_to_complainant") boolean shownToComplainant) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {

        @Query("SELECT * FROM complaint_event WHERE complaint_id = :complaintId ORDER BY id")
        List<Row> of(long complaintId);
    }

    private final Rows rows;

    EventStore(Rows rows) {
        this.rows = rows;
    }

    public void append(Row row) {
        rows.save(row);
    }

    public List<Row> of(long complaintId) {
        return rows.of(complaintId);
    }
}
