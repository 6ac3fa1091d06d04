package org.jiuzhu.core.application.persistence;

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
import org.jiuzhu.core.application.ChangeReport;
import org.jiuzhu.core.application.Review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What follows an approval: reviews, and the changes residents report. */
@Singleton
public class FollowUpStore {

    @MappedEntity("application_review")
    record ReviewRow(@Id @GeneratedValue @Nullable Long id, @MappedProperty("application_id") long applicationId,
                     String outcome, @Nullable String reason, @MappedProperty("taper_until") @Nullable LocalDate taperUntil,
                     @MappedProperty("reviewed_by") long reviewedBy, @MappedProperty("reviewed_at") Instant reviewedAt) {
    }

    @MappedEntity("change_report")
    record ChangeRow(@Id @GeneratedValue @Nullable Long id, @MappedProperty("application_id") long applicationId,
                     String kind, String description, @MappedProperty("reported_by") long reportedBy,
                     @MappedProperty("reported_at") Instant reportedAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Reviews extends CrudRepository<ReviewRow, Long> {

        @Query("SELECT * FROM application_review WHERE application_id = :applicationId ORDER BY id")
        List<ReviewRow> of(long applicationId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Changes extends CrudRepository<ChangeRow, Long> {

        @Query("SELECT * FROM change_report WHERE application_id = :applicationId ORDER BY id")
        List<ChangeRow> of(long applicationId);
    }

    private final Reviews reviews;
    private final Changes changes;

    FollowUpStore(Reviews reviews, Changes changes) {
        this.reviews = reviews;
        this.changes = changes;
    }

    public void addReview(long applicationId, Review r, long by) {
        reviews.save(new ReviewRow(null, applicationId, r.outcome().name(), r.reason().isEmpty() ? null : r.reason(),
                r.taperUntil(), by, r.reviewedAt()));
    }

    public List<Review> reviews(long applicationId) {
        return reviews.of(applicationId).stream().map(r -> new Review(Review.Outcome.valueOf(r.outcome()),
                r.reason() == null ? "" : r.reason(), r.taperUntil(), r.reviewedAt())).toList();
    }

    public void addChange(long applicationId, ChangeReport.Kind kind, String description, long by, Instant now) {
        changes.save(new ChangeRow(null, applicationId, kind.name(), description, by, now));
    }

    public List<ChangeReport> changes(long applicationId) {
        return changes.of(applicationId).stream().map(r -> new ChangeReport(r.id(),
                ChangeReport.Kind.valueOf(r.kind()), r.description(), r.reportedAt())).toList();
    }
}
