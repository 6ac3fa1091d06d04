package org.jiuzhu.core.chain.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import org.jiuzhu.core.chain.AssistanceChain;
import org.jiuzhu.core.chain.ChainEntry;
import org.jiuzhu.core.chain.ChainKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The assistance_chain table. */
@Singleton
public class ChainStore {

    @MappedEntity("assistance_chain")
    record Row(@Id @GeneratedValue @Nullable Long id, @MappedProperty("household_bidx") byte[] householdBidx,
               @MappedProperty("application_id") @Nullable Long applicationId,
               @MappedProperty("region_code") String regionCode, String kind, String categories,
               @MappedProperty("monthly_amount") @Nullable BigDecimal monthlyAmount,
               @MappedProperty("one_off_amount") @Nullable BigDecimal oneOffAmount, @Nullable String summary,
               @MappedProperty("occurred_on") LocalDate occurredOn, @MappedProperty("recorded_by") long recordedBy,
               @MappedProperty("recorded_at") Instant recordedAt,
               @MappedProperty("aid_kind") @Nullable String aidKind) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {

        @io.micronaut.data.annotation.Query("SELECT * FROM assistance_chain WHERE household_bidx = :household ORDER BY occurred_on, id")
        List<Row> ofHousehold(byte[] household);

        List<Row> findByApplicationIdOrderById(long applicationId);
    }

    private final Rows rows;
    private final javax.sql.DataSource data;

    ChainStore(Rows rows, javax.sql.DataSource data) {
        this.rows = rows;
        this.data = data;
    }

    /** The aid kinds each of these households received since a day, as (household, aid kind) pairs. */
    public List<Object[]> aidKindsSince(java.util.Collection<byte[]> households, LocalDate since) {
        List<Object[]> pairs = new java.util.ArrayList<>();
        if (households.isEmpty()) {
            return pairs;
        }
        String sql = "SELECT DISTINCT household_bidx, aid_kind FROM assistance_chain WHERE aid_kind IS NOT NULL "
                + "AND occurred_on >= ? AND household_bidx IN ("
                + String.join(", ", java.util.Collections.nCopies(households.size(), "?")) + ")";
        try (java.sql.Connection c = data.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, since);
            int i = 2;
            for (byte[] household : households) {
                s.setBytes(i++, household);
            }
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pairs.add(new Object[] {r.getBytes(1), r.getString(2)});
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the assistance chain", e);
        }
        return pairs;
    }

    public void insert(byte[] household, AssistanceChain.Aid aid, long recordedBy, Instant now) {
        rows.save(new Row(null, household, aid.applicationId(), aid.regionCode(), aid.kind().name(),
                String.join(",", aid.categories()), aid.monthlyAmount(), aid.oneOffAmount(), aid.summary(),
                aid.occurredOn(), recordedBy, now, aid.aidKind()));
    }

    public List<ChainEntry> ofHousehold(byte[] household) {
        return rows.ofHousehold(household).stream().map(ChainStore::entry).toList();
    }

    public List<ChainEntry> ofApplication(long applicationId) {
        return rows.findByApplicationIdOrderById(applicationId).stream().map(ChainStore::entry).toList();
    }

    private static ChainEntry entry(Row r) {
        return new ChainEntry(r.id(), ChainKind.valueOf(r.kind()), r.regionCode(),
                Arrays.stream(r.categories().split(",")).filter(s -> !s.isBlank()).toList(), r.monthlyAmount(),
                r.oneOffAmount(), r.summary() == null ? "" : r.summary(), r.occurredOn(), r.applicationId(), r.aidKind());
    }
}
