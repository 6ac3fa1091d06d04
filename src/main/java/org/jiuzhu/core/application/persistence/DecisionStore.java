package org.jiuzhu.core.application.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import org.jiuzhu.core.application.Decision;
import org.jiuzhu.core.eligibility.Category;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** County decisions and the medical-aid ratios recorded on approved members. */
@Singleton
public class DecisionStore {

    @MappedEntity("application_decision")
    record DecisionRow(@Id @MappedProperty("application_id") Long applicationId, String outcome, String categories,
                       @MappedProperty("dibao_standard") @Nullable BigDecimal dibaoStandard,
                       @MappedProperty("household_members") @Nullable Integer householdMembers,
                       @MappedProperty("household_income") @Nullable BigDecimal householdIncome,
                       @MappedProperty("dibao_amount") @Nullable BigDecimal dibaoAmount,
                       @MappedProperty("support_amount") @Nullable BigDecimal supportAmount,
                       @MappedProperty("payment_from") @Nullable LocalDate paymentFrom, @Nullable String reasons,
                       @MappedProperty("settings_version") @Nullable Long settingsVersion,
                       @MappedProperty("decided_by") long decidedBy, @MappedProperty("decided_at") Instant decidedAt) {
    }

    // The key is (application_id, member_position); only custom queries touch this table, so @Id marks one part.
    @MappedEntity("member_aid")
    record MemberAidRow(@Id @MappedProperty("application_id") long applicationId,
                        @MappedProperty("member_position") int memberPosition, String category,
                        @MappedProperty("medical_ratio") @Nullable Integer medicalRatio) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Decisions extends CrudRepository<DecisionRow, Long> {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface MemberAids extends GenericRepository<MemberAidRow, Long> {

        @Query("INSERT INTO member_aid (application_id, member_position, category, medical_ratio) VALUES (:applicationId, :position, :category, :ratio)")
        void add(long applicationId, int position, String category, @Nullable Integer ratio);

        @Query("SELECT * FROM member_aid WHERE application_id = :applicationId ORDER BY member_position")
        List<MemberAidRow> of(long applicationId);
    }

    private final Decisions decisions;
    private final MemberAids memberAids;

    DecisionStore(Decisions decisions, MemberAids memberAids) {
        this.decisions = decisions;
        this.memberAids = memberAids;
    }

    public void save(long applicationId, Decision d, long decidedBy) {
        decisions.save(new DecisionRow(applicationId, d.approved() ? "APPROVED" : "REFUSED",
                String.join(",", d.categories().stream().map(Enum::name).toList()), d.standard(), d.members(),
                d.householdIncome(), d.dibaoAmount(), d.supportAmount(), d.paymentFrom(),
                d.reasons().isEmpty() ? null : d.reasons(), d.settingsVersion(), decidedBy, d.decidedAt()));
        d.memberAids().forEach(m -> memberAids.add(applicationId, m.position(), m.category().name(), m.medicalRatio()));
    }

    public Optional<Decision> find(long applicationId) {
        return decisions.findById(applicationId).map(r -> new Decision(r.outcome().equals("APPROVED"),
                Arrays.stream(r.categories().split(",")).filter(s -> !s.isBlank()).map(Category::valueOf).toList(),
                r.dibaoStandard(), r.householdMembers(), r.householdIncome(), r.dibaoAmount(), r.supportAmount(),
                r.paymentFrom(), r.reasons() == null ? "" : r.reasons(), r.settingsVersion(), r.decidedAt(),
                memberAids.of(applicationId).stream().map(m -> new Decision.MemberAid(m.memberPosition(),
                        Category.valueOf(m.category()), m.medicalRatio())).toList()));
    }
}
