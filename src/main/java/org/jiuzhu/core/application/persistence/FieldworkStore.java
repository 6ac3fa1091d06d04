package org.jiuzhu.core.application.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import org.jiuzhu.core.application.Appraisal;
import org.jiuzhu.core.application.HomeVisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Home visits and democratic appraisals. */
@Singleton
public class FieldworkStore {

    @MappedEntity("home_visit")
    record VisitRow(@Id @MappedProperty("application_id") Long applicationId,
                    @MappedProperty("visited_on") LocalDate visitedOn, String visitors, String findings,
                    @MappedProperty("matches_declaration") boolean matchesDeclaration,
                    @MappedProperty("recorded_by") long recordedBy, @MappedProperty("recorded_at") Instant recordedAt) {
    }

    @MappedEntity("democratic_appraisal")
    record AppraisalRow(@Id @GeneratedValue @Nullable Long id, @MappedProperty("application_id") long applicationId,
                        @MappedProperty("held_on") LocalDate heldOn, int participants,
                        @MappedProperty("in_favour") int inFavour, int against, @Nullable String note,
                        @MappedProperty("recorded_by") long recordedBy,
                        @MappedProperty("recorded_at") Instant recordedAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Visits extends CrudRepository<VisitRow, Long> {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Appraisals extends CrudRepository<AppraisalRow, Long> {

        Optional<AppraisalRow> findFirstByApplicationIdOrderByIdDesc(long applicationId);
    }

    private final Visits visits;
    private final Appraisals appraisals;

    FieldworkStore(Visits visits, Appraisals appraisals) {
        this.visits = visits;
        this.appraisals = appraisals;
    }

    public void saveVisit(long applicationId, HomeVisit v, long recordedBy, Instant now) {
        visits.save(new VisitRow(applicationId, v.visitedOn(), v.visitors(), v.findings(), v.matchesDeclaration(),
                recordedBy, now));
    }

    public Optional<HomeVisit> visit(long applicationId) {
        return visits.findById(applicationId).map(r -> new HomeVisit(r.visitedOn(), r.visitors(), r.findings(),
                r.matchesDeclaration()));
    }

    public void addAppraisal(long applicationId, Appraisal a, long recordedBy, Instant now) {
        appraisals.save(new AppraisalRow(null, applicationId, a.heldOn(), a.participants(), a.inFavour(), a.against(),
                a.note().isEmpty() ? null : a.note(), recordedBy, now));
    }

    public Optional<Appraisal> latestAppraisal(long applicationId) {
        return appraisals.findFirstByApplicationIdOrderByIdDesc(applicationId).map(r -> new Appraisal(r.heldOn(),
                r.participants(), r.inFavour(), r.against(), r.note() == null ? "" : r.note()));
    }
}
