package org.jiuzhu.core.application.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The application tables' repositories, kept together: they are only ever used by ApplicationStore. */
final class Repositories {

    private Repositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Applications extends CrudRepository<ApplicationRow, Long> {

        @Query("SELECT * FROM application WHERE applicant_account_id = :account AND status NOT IN ('REFUSED', 'WITHDRAWN', 'EXITED') ORDER BY id DESC")
        List<ApplicationRow> findCurrentOf(long account);

        @Query("SELECT * FROM application WHERE applicant_account_id = :account ORDER BY id DESC")
        List<ApplicationRow> findAllOf(long account);

        /** Staff never see drafts: the resident has not pledged or submitted anything yet. */
        @Query("SELECT * FROM application WHERE id = :id AND region_code LIKE :scope AND status <> 'DRAFT'")
        Optional<ApplicationRow> findInScope(long id, String scope);

        @Query("SELECT * FROM application WHERE proxy_account_id = :officer ORDER BY id DESC LIMIT 200")
        List<ApplicationRow> findProxiedBy(long officer);

        @Query("SELECT * FROM application WHERE id = :id FOR UPDATE")
        Optional<ApplicationRow> lock(long id);

        @Query("SELECT * FROM application WHERE id = :id AND region_code LIKE :scope AND status <> 'DRAFT' FOR UPDATE")
        Optional<ApplicationRow> lockInScope(long id, String scope);

        /** Serializes "start an application" per resident: the account row is the lock. */
        @Query("SELECT COUNT(*) FROM account WHERE id = :account FOR UPDATE")
        long lockApplicant(long account);

        @Query("""
                UPDATE application SET urban = :urban, steps_done = :stepsDone, work_costs = :workCosts,
                financial_assets = :financialAssets, non_essential_vehicle = :vehicle, second_home = :secondHome,
                housing = :housing, disaster_affected = :disaster, sudden_hardship = :sudden, hardship = :hardship,
                requested_aids = :requestedAids, bank_name = :bankName, bank_account_enc = :bankAccountEnc,
                updated_at = :now, version = version + 1
                WHERE id = :id AND status IN ('DRAFT', 'RETURNED')""")
        long saveContents(long id, boolean urban, String stepsDone, BigDecimal workCosts, BigDecimal financialAssets,
                          boolean vehicle, boolean secondHome, String housing, boolean disaster, boolean sudden,
                          @Nullable String hardship, String requestedAids, @Nullable String bankName,
                          @Nullable byte[] bankAccountEnc, Instant now);

        /** Ended applications (refused, exited: final states, so updated_at is when they ended) since a time. */
        @Query("SELECT * FROM application WHERE status = :status AND updated_at >= :since AND region_code LIKE :scope ORDER BY updated_at DESC LIMIT 500")
        List<ApplicationRow> endedSince(String status, Instant since, String scope);

        @Query("SELECT * FROM application WHERE status IN (:statuses) AND region_code LIKE :scope ORDER BY submitted_at LIMIT 200")
        List<ApplicationRow> findWithStatusesInScope(List<String> statuses, String scope);

        Optional<ApplicationRow> findBySubmissionToken(String submissionToken);

        @Query("""
                UPDATE application SET status = :to, submission_token = :token, pledged_at = :now, submitted_at = :now,
                updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version AND status IN ('DRAFT', 'RETURNED')""")
        long markSubmitted(long id, long version, String to, String token, Instant now);

        @Query("UPDATE application SET status = :to, updated_at = :now, version = version + 1 WHERE id = :id AND version = :version AND status = :from")
        long move(long id, long version, String from, String to, Instant now);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Members extends CrudRepository<MemberRow, Long> {

        List<MemberRow> findByApplicationIdOrderByPosition(long applicationId);

        @Query("DELETE FROM application_member WHERE application_id = :applicationId AND position = :position")
        void deleteAt(long applicationId, int position);

        boolean existsByApplicationIdAndIdNumberBidx(long applicationId, byte[] idNumberBidx);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Money extends CrudRepository<MoneyRow, Long> {

        List<MoneyRow> findByApplicationId(long applicationId);

        @Query("DELETE FROM application_money WHERE application_id = :applicationId")
        void deleteOf(long applicationId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Events extends CrudRepository<EventRow, Long> {

        List<EventRow> findByApplicationIdOrderByOccurredAt(long applicationId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface People extends io.micronaut.data.repository.GenericRepository<PersonRow, byte[]> {

        @Query("SELECT COUNT(*) FROM person_record WHERE id_number_bidx = :person AND application_id <> :applicationId")
        long countElsewhere(byte[] person, long applicationId);

        @Query("INSERT INTO person_record (id_number_bidx, application_id) VALUES (:person, :applicationId)")
        void hold(byte[] person, long applicationId);

        @Query("DELETE FROM person_record WHERE application_id = :applicationId")
        void releaseAll(long applicationId);

        @Query("DELETE FROM person_record WHERE application_id = :applicationId AND id_number_bidx = :person")
        void release(long applicationId, byte[] person);
    }
}
