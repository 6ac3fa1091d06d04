package org.jiuzhu.core.monitoring.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** case_conference and conference_item. */
public final class ConferenceStore {

    private ConferenceStore() {
    }

    @MappedEntity("case_conference")
    public record Conference(@Id @GeneratedValue @Nullable Long id, @MappedProperty("region_code") String regionCode,
                             @MappedProperty("held_on") LocalDate heldOn, String place, String participants,
                             String status, @MappedProperty("created_by") long createdBy,
                             @MappedProperty("created_at") Instant createdAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Conferences extends CrudRepository<Conference, Long> {

        @Query("SELECT * FROM case_conference WHERE region_code LIKE :pattern ORDER BY held_on DESC, id DESC LIMIT 100")
        List<Conference> inScope(String pattern);

        @Query("UPDATE case_conference SET status = 'HELD' WHERE id = :id AND NOT EXISTS (SELECT 1 FROM conference_item "
                + "WHERE conference_id = :id AND decided_at IS NULL)")
        long heldIfDecided(long id);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    public interface Items extends GenericRepository<ItemRow, Long> {

        @Query("INSERT INTO conference_item (conference_id, warning_id, position) VALUES (:conference, :warning, :position)")
        void add(long conference, long warning, int position);

        @Query("SELECT COUNT(*) FROM conference_item WHERE warning_id = :warning")
        long onAgenda(long warning);

        @Query("SELECT * FROM conference_item WHERE conference_id = :conference ORDER BY position")
        List<ItemRow> of(long conference);

        @Query("""
                UPDATE conference_item SET decision_enc = :decision, follow_up_enc = :followUp,
                    follow_up_department = :department, follow_up_due = :due, referral_id = :referral,
                    decided_by = :by, decided_at = :at
                WHERE conference_id = :conference AND warning_id = :warning AND decided_at IS NULL""")
        long decide(long conference, long warning, byte[] decision, @Nullable byte[] followUp,
                    @Nullable String department, @Nullable LocalDate due, @Nullable Long referral, long by, Instant at);

        @Query("SELECT * FROM conference_item WHERE conference_id = :conference AND warning_id = :warning")
        Optional<ItemRow> find(long conference, long warning);
    }

    @MappedEntity("conference_item")
    public record ItemRow(@Id @MappedProperty("conference_id") long conferenceId,
                          @MappedProperty("warning_id") long warningId, int position,
                          @MappedProperty("decision_enc") @Nullable byte[] decision,
                          @MappedProperty("follow_up_enc") @Nullable byte[] followUp,
                          @MappedProperty("follow_up_department") @Nullable String followUpDepartment,
                          @MappedProperty("follow_up_due") @Nullable LocalDate followUpDue,
                          @MappedProperty("referral_id") @Nullable Long referralId,
                          @MappedProperty("decided_by") @Nullable Long decidedBy,
                          @MappedProperty("decided_at") @Nullable Instant decidedAt) {
    }
}
