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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The complaint table. Every change of stage is one guarded UPDATE: it names the stage it leaves and the version the
 * page showed, so a stale page or a second click changes nothing.
 */
@Singleton
public class ComplaintStore {

    @MappedEntity("complaint")
    public record Row(@Id @GeneratedValue @Nullable Long id, @MappedProperty("tracking_code") String trackingCode,
                      @MappedProperty("query_password_hash") @Nullable String queryPasswordHash, String channel,
                      String type, @MappedProperty("region_code") String regionCode, String text, boolean urgent,
                      @MappedProperty("wants_reply") boolean wantsReply,
                      @MappedProperty("account_id") @Nullable Long accountId,
                      @MappedProperty("contact_name") @Nullable String contactName,
                      @MappedProperty("contact_phone_enc") @Nullable byte[] contactPhoneEnc,
                      @MappedProperty("call_at") @Nullable Instant callAt,
                      @MappedProperty("taken_by") @Nullable Long takenBy,
                      @MappedProperty("subject_region") @Nullable String subjectRegion,
                      @MappedProperty("subject_department") @Nullable String subjectDepartment,
                      @MappedProperty("subject_person") @Nullable String subjectPerson, String status,
                      @MappedProperty("office_region") @Nullable String officeRegion,
                      @MappedProperty("office_department") @Nullable String officeDepartment,
                      @MappedProperty("received_at") Instant receivedAt,
                      @MappedProperty("dispatched_at") @Nullable Instant dispatchedAt,
                      @MappedProperty("signed_at") @Nullable Instant signedAt,
                      @MappedProperty("due_on") @Nullable LocalDate dueOn, @Nullable String reply,
                      @MappedProperty("replied_at") @Nullable Instant repliedAt, boolean reopened,
                      @Nullable String satisfaction, @MappedProperty("closed_at") @Nullable Instant closedAt,
                      @MappedProperty("on_time") @Nullable Boolean onTime,
                      @MappedProperty("reminded_at") @Nullable Instant remindedAt,
                      @MappedProperty("escalated_at") @Nullable Instant escalatedAt, long version) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {

        Optional<Row> findByTrackingCode(String trackingCode);

        @Query("SELECT * FROM complaint WHERE id = :id FOR UPDATE")
        Optional<Row> lock(long id);

        // Reports not yet dispatched are left out unless the reader may see them.
        @Query("""
                SELECT * FROM complaint WHERE region_code LIKE :scope AND status IN (:statuses)
                AND (:reports OR status <> 'RECEIVED' OR type NOT IN ('FRAUD', 'MISUSE_OF_FUNDS'))
                ORDER BY CASE WHEN :newest THEN received_at END DESC, urgent DESC, received_at, id
                LIMIT :limit OFFSET :offset""")
        List<Row> inRegion(String scope, List<String> statuses, boolean reports, boolean newest, int limit, int offset);

        @Query("""
                SELECT * FROM complaint WHERE office_region = :region AND office_department <=> :department
                AND status IN (:statuses)
                ORDER BY CASE WHEN :newest THEN received_at END DESC, urgent DESC, due_on, dispatched_at, id
                LIMIT :limit OFFSET :offset""")
        List<Row> atOffice(String region, @Nullable String department, List<String> statuses, boolean newest, int limit,
                           int offset);

        @Query("SELECT * FROM complaint WHERE account_id = :accountId ORDER BY received_at DESC LIMIT 100")
        List<Row> ofAccount(long accountId);

        @Query("""
                SELECT * FROM complaint WHERE status = 'HANDLING' AND due_on <= :day AND reminded_at IS NULL
                ORDER BY id LIMIT 500""")
        List<Row> dueBy(LocalDate day);

        @Query("""
                SELECT * FROM complaint WHERE status = 'HANDLING' AND due_on < :today AND escalated_at IS NULL
                ORDER BY id LIMIT 500""")
        List<Row> overdue(LocalDate today);

        @Query("""
                UPDATE complaint SET status = 'DISPATCHED', office_region = :region, office_department = :department,
                dispatched_at = :now, version = version + 1 WHERE id = :id AND version = :version AND status = 'RECEIVED'""")
        long dispatch(long id, long version, String region, @Nullable String department, Instant now);

        @Query("""
                UPDATE complaint SET status = 'RECEIVED', office_region = NULL, office_department = NULL,
                dispatched_at = NULL, escalated_at = NULL, version = version + 1 WHERE id = :id AND version = :version AND status = 'DISPATCHED'""")
        long giveBack(long id, long version);

        @Query("""
                UPDATE complaint SET status = 'HANDLING', signed_at = :now, due_on = :due, reminded_at = NULL,
                escalated_at = NULL, version = version + 1 WHERE id = :id AND version = :version AND status = 'DISPATCHED'""")
        long sign(long id, long version, Instant now, LocalDate due);

        @Query("""
                UPDATE complaint SET status = 'REPLIED', reply = :reply, replied_at = :now, on_time = :onTime,
                version = version + 1 WHERE id = :id AND version = :version AND status = 'HANDLING'""")
        long reply(long id, long version, String reply, Instant now, boolean onTime);

        @Query("""
                UPDATE complaint SET status = 'HANDLING', reopened = TRUE, satisfaction = :satisfaction, due_on = :due,
                reminded_at = NULL, escalated_at = NULL, version = version + 1
                WHERE id = :id AND version = :version AND status = 'REPLIED' AND reopened = FALSE""")
        long reopen(long id, long version, String satisfaction, LocalDate due);

        @Query("""
                UPDATE complaint SET status = 'CLOSED', satisfaction = :satisfaction, closed_at = :now,
                version = version + 1 WHERE id = :id AND version = :version AND status = 'REPLIED'""")
        long close(long id, long version, @Nullable String satisfaction, Instant now);

        @Query("""
                UPDATE complaint SET due_on = :due, reminded_at = NULL, escalated_at = NULL, version = version + 1
                WHERE id = :id AND status = 'HANDLING'""")
        long extend(long id, LocalDate due);

        @Query("""
                SELECT * FROM complaint WHERE status = 'DISPATCHED' AND dispatched_at < :before AND escalated_at IS NULL
                ORDER BY id LIMIT 500""")
        List<Row> unsignedSince(Instant before);

        @Query("UPDATE complaint SET reminded_at = :now WHERE id = :id AND reminded_at IS NULL AND status = 'HANDLING'")
        long remind(long id, Instant now);

        @Query("UPDATE complaint SET escalated_at = :now WHERE id = :id AND escalated_at IS NULL AND status = :status")
        long escalate(long id, String status, Instant now);
    }

    private final Rows rows;

    ComplaintStore(Rows rows) {
        this.rows = rows;
    }

    public Row insert(Row row) {
        return rows.save(row);
    }

    public Optional<Row> find(long id) {
        return rows.findById(id);
    }

    public Optional<Row> lock(long id) {
        return rows.lock(id);
    }

    public Optional<Row> byTrackingCode(String code) {
        return rows.findByTrackingCode(code);
    }

    /** One page of a region's complaints: the open ones oldest (and urgent) first, others newest first. */
    public List<Row> inRegion(String scopePattern, List<String> statuses, boolean reports, boolean newest, int limit,
                              int offset) {
        return rows.inRegion(scopePattern, statuses, reports, newest, limit, offset);
    }

    public List<Row> atOffice(String region, String department, List<String> statuses, boolean newest, int limit,
                              int offset) {
        return rows.atOffice(region, department, statuses, newest, limit, offset);
    }

    public List<Row> ofAccount(long accountId) {
        return rows.ofAccount(accountId);
    }

    public List<Row> dueBy(LocalDate day) {
        return rows.dueBy(day);
    }

    public List<Row> overdue(LocalDate today) {
        return rows.overdue(today);
    }

    public boolean dispatch(long id, long version, String region, String department, Instant now) {
        return rows.dispatch(id, version, region, department, now) == 1;
    }

    public boolean giveBack(long id, long version) {
        return rows.giveBack(id, version) == 1;
    }

    public boolean sign(long id, long version, Instant now, LocalDate due) {
        return rows.sign(id, version, now, due) == 1;
    }

    public boolean reply(long id, long version, String reply, Instant now, boolean onTime) {
        return rows.reply(id, version, reply, now, onTime) == 1;
    }

    public boolean reopen(long id, long version, String satisfaction, LocalDate due) {
        return rows.reopen(id, version, satisfaction, due) == 1;
    }

    public boolean close(long id, long version, String satisfaction, Instant now) {
        return rows.close(id, version, satisfaction, now) == 1;
    }

    public boolean extend(long id, LocalDate due) {
        return rows.extend(id, due) == 1;
    }

    public List<Row> unsignedSince(Instant before) {
        return rows.unsignedSince(before);
    }

    public boolean remind(long id, Instant now) {
        return rows.remind(id, now) == 1;
    }

    /** Marks the complaint escalated if it is still at {@code status}; answers whether this call did. */
    public boolean escalate(long id, String status, Instant now) {
        return rows.escalate(id, status, now) == 1;
    }
}
