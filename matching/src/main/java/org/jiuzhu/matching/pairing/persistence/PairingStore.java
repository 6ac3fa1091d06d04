package org.jiuzhu.matching.pairing.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The pairing table. The contact columns are ciphertexts; nothing else here identifies a person. */
@Singleton
public class PairingStore {

    @MappedEntity("pairing")
    public record Row(@Id @GeneratedValue @Nullable Long id, @MappedProperty("offer_id") long offerId,
                      @MappedProperty("need_id") long needId, @MappedProperty("organization_id") long organizationId,
                      @MappedProperty("region_code") String regionCode,
                      @MappedProperty("slot_weekday") @Nullable Integer slotWeekday,
                      @MappedProperty("slot_part") @Nullable String slotPart, String message, String status,
                      @MappedProperty("proposed_by") long proposedBy, @MappedProperty("proposed_at") Instant proposedAt,
                      @MappedProperty("answered_by") @Nullable Long answeredBy,
                      @MappedProperty("answered_role") @Nullable String answeredRole,
                      @MappedProperty("answered_at") @Nullable Instant answeredAt,
                      @MappedProperty("answer_note") @Nullable String answerNote,
                      @MappedProperty("contact_name_enc") @Nullable byte[] contactNameEnc,
                      @MappedProperty("contact_phone_enc") @Nullable byte[] contactPhoneEnc,
                      @MappedProperty("delivered_amount") @Nullable BigDecimal deliveredAmount,
                      @MappedProperty("delivered_goods") @Nullable String deliveredGoods,
                      @MappedProperty("delivered_hours") @Nullable BigDecimal deliveredHours,
                      @MappedProperty("delivered_on") @Nullable LocalDate deliveredOn,
                      @MappedProperty("delivered_by") @Nullable Long deliveredBy,
                      @MappedProperty("closed_at") @Nullable Instant closedAt, long version) {
    }

    private static final String COLUMNS = "SELECT * FROM pairing ";

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends GenericRepository<Row, Long> {

        @Query("""
                INSERT INTO pairing (offer_id, need_id, organization_id, region_code, slot_weekday, slot_part, message,
                                     status, proposed_by, proposed_at)
                VALUES (:offer, :need, :organization, :region, :weekday, :part, :message, 'PROPOSED', :by, :now)""")
        void propose(long offer, long need, long organization, String region, @Nullable Integer weekday,
                     @Nullable String part, String message, long by, Instant now);

        @Query(COLUMNS + "WHERE offer_id = :offer AND need_id = :need")
        Optional<Row> find(long offer, long need);

        @Query(COLUMNS + "WHERE id = :id")
        Optional<Row> find(long id);

        @Query(COLUMNS + "WHERE id = :id FOR UPDATE")
        Optional<Row> lock(long id);

        @Query(COLUMNS + "WHERE offer_id = :offer ORDER BY id DESC LIMIT 500")
        List<Row> ofOffer(long offer);

        @Query(COLUMNS + "WHERE need_id IN (:needs) ORDER BY id DESC")
        List<Row> ofNeeds(List<Long> needs);

        @Query(COLUMNS + "WHERE need_id = :need AND status = 'PROPOSED' AND id <> :except")
        List<Row> otherProposals(long need, long except);

        @Query(COLUMNS + """
                WHERE region_code LIKE :scope AND (:status = '' OR status = :status)
                ORDER BY id DESC LIMIT :limit""")
        List<Row> inScope(String scope, String status, int limit);

        @Query("""
                UPDATE pairing SET status = :to, answered_by = :by, answered_role = :role, answered_at = :now,
                    answer_note = :note, contact_name_enc = :name, contact_phone_enc = :phone, version = version + 1
                WHERE id = :id AND status = 'PROPOSED'""")
        long answer(long id, String to, long by, String role, Instant now, @Nullable String note,
                    @Nullable byte[] name, @Nullable byte[] phone);

        @Query("""
                UPDATE pairing SET status = :to, closed_at = :now, answer_note = COALESCE(:note, answer_note),
                    contact_name_enc = NULL, contact_phone_enc = NULL, version = version + 1
                WHERE id = :id AND status = :from""")
        long close(long id, String from, String to, Instant now, @Nullable String note);

        @Query("""
                UPDATE pairing SET status = 'DELIVERED', delivered_amount = :amount, delivered_goods = :goods,
                    delivered_hours = :hours, delivered_on = :on, delivered_by = :by, closed_at = :now,
                    contact_name_enc = NULL, contact_phone_enc = NULL, version = version + 1
                WHERE id = :id AND status = 'ACCEPTED'""")
        long deliver(long id, @Nullable BigDecimal amount, @Nullable String goods, @Nullable BigDecimal hours,
                     LocalDate on, long by, Instant now);
    }

    private final Rows rows;

    PairingStore(Rows rows) {
        this.rows = rows;
    }

    /**
     * The new pairing. Callers hold the need's lock and checked {@link #find(long, long)} is empty, so the unique
     * key on (offer_id, need_id) is only the last guard.
     */
    public Row propose(long offer, long need, long organization, String region, Integer weekday, String part,
                       String message, long by, Instant now) {
        rows.propose(offer, need, organization, region, weekday, part, message, by, now);
        return rows.find(offer, need).orElseThrow();
    }

    public Optional<Row> find(long id) {
        return rows.find(id);
    }

    public Optional<Row> find(long offer, long need) {
        return rows.find(offer, need);
    }

    /** The row, locked until the transaction ends. */
    public Optional<Row> lock(long id) {
        return rows.lock(id);
    }

    public List<Row> ofOffer(long offer) {
        return rows.ofOffer(offer);
    }

    public List<Row> ofNeeds(List<Long> needs) {
        return needs.isEmpty() ? List.of() : rows.ofNeeds(needs);
    }

    public List<Row> otherProposals(long need, long except) {
        return rows.otherProposals(need, except);
    }

    public List<Row> inScope(String likePattern, String status, int limit) {
        return rows.inScope(likePattern, status, limit);
    }

    public boolean answer(long id, String to, long by, String role, Instant now, String note, byte[] name,
                          byte[] phone) {
        return rows.answer(id, to, by, role, now, note, name, phone) == 1;
    }

    public boolean close(long id, String from, String to, Instant now, String note) {
        return rows.close(id, from, to, now, note) == 1;
    }

    public boolean deliver(long id, BigDecimal amount, String goods, BigDecimal hours, LocalDate on, long by,
                           Instant now) {
        return rows.deliver(id, amount, goods, hours, on, by, now) == 1;
    }
}
