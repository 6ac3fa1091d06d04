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
import org.jiuzhu.core.application.Check;
import org.jiuzhu.core.application.CheckSource;
import org.jiuzhu.core.application.VerifiedFigures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Checks made under authorizations, and the verified figures. */
@Singleton
public class VerificationStore {

    @MappedEntity("verification_check")
    record CheckRow(@Id @GeneratedValue @Nullable Long id, @MappedProperty("application_id") long applicationId,
                    @MappedProperty("authorization_id") long authorizationId,
                    @MappedProperty("member_position") int memberPosition, String source, String purpose,
                    @MappedProperty("monthly_income") @Nullable BigDecimal monthlyIncome,
                    @Nullable BigDecimal assets, @Nullable String finding, @MappedProperty("checked_by") long checkedBy,
                    @MappedProperty("office_region") String officeRegion,
                    @MappedProperty("checked_at") Instant checkedAt) {
    }

    @MappedEntity("verification_result")
    record ResultRow(@Id @MappedProperty("application_id") Long applicationId,
                     @MappedProperty("monthly_income") BigDecimal monthlyIncome,
                     @MappedProperty("financial_assets") BigDecimal financialAssets,
                     @MappedProperty("non_essential_vehicle") boolean nonEssentialVehicle,
                     @MappedProperty("second_home") boolean secondHome, @Nullable String note,
                     @MappedProperty("completed_by") long completedBy,
                     @MappedProperty("completed_at") Instant completedAt,
                     @MappedProperty("valid_until") LocalDate validUntil,
                     @MappedProperty("reused_from") @Nullable Long reusedFrom) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Checks extends CrudRepository<CheckRow, Long> {

        @io.micronaut.data.annotation.Query("SELECT * FROM verification_check WHERE application_id = :applicationId ORDER BY id")
        List<CheckRow> ofApplication(long applicationId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Results extends CrudRepository<ResultRow, Long> {
    }

    /** A check to store: made under {@code authorizationId} by {@code checkedBy} of {@code officeRegion}. */
    public record NewCheck(long applicationId, long authorizationId, int memberPosition, CheckSource source,
                           String purpose, BigDecimal monthlyIncome, BigDecimal assets, String finding,
                           long checkedBy, String officeRegion, Instant at) {
    }

    private final Checks checks;
    private final Results results;

    VerificationStore(Checks checks, Results results) {
        this.checks = checks;
        this.results = results;
    }

    public void insert(NewCheck c) {
        checks.save(new CheckRow(null, c.applicationId(), c.authorizationId(), c.memberPosition(), c.source().name(),
                c.purpose(), c.monthlyIncome(), c.assets(), c.finding(), c.checkedBy(), c.officeRegion(), c.at()));
    }

    public List<Check> checks(long applicationId) {
        return checks.ofApplication(applicationId).stream().map(r -> new Check(r.id(),
                r.memberPosition(), CheckSource.valueOf(r.source()), r.purpose(), r.monthlyIncome(), r.assets(),
                r.finding() == null ? "" : r.finding(), r.officeRegion(), r.checkedAt())).toList();
    }

    /** {@code reusedFrom} is the earlier application whose result this one carries over, or null. */
    public void saveResult(long applicationId, VerifiedFigures f, long completedBy, Long reusedFrom) {
        results.save(new ResultRow(applicationId, f.monthlyIncome(), f.financialAssets(), f.nonEssentialVehicle(),
                f.secondHome(), f.note().isEmpty() ? null : f.note(), completedBy, f.completedAt(), f.validUntil(),
                reusedFrom));
    }

    public Optional<VerifiedFigures> result(long applicationId) {
        return results.findById(applicationId).map(r -> new VerifiedFigures(r.monthlyIncome(), r.financialAssets(),
                r.nonEssentialVehicle(), r.secondHome(), r.note() == null ? "" : r.note(), r.completedAt(),
                r.validUntil()));
    }
}
