package org.jiuzhu.core.monitoring.persistence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jiuzhu.core.database.HexLiterals;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The warning table in plain JDBC: a comparison raises warnings a chunk of a list at a time in multi-row statements.
 * Runs in the caller's transaction (the data source lends its connection).
 */
@Singleton
public class WarningStore {

    private static final String COLUMNS = "id, rule_id, kind, level, department, person_bidx, household_bidx, "
            + "application_id, region_code, id_number_enc, name_enc, reasons_enc, source_batch, status, outcome, "
            + "outcome_note, raised_at, closed_at";
    private static final int ROWS_PER_STATEMENT = 500;

    private final DataSource data;

    WarningStore(DataSource data) {
        this.data = data;
    }

    /** A warning as stored. */
    public record Row(long id, String ruleId, String kind, String level, String department, byte[] person,
                      @Nullable byte[] household, @Nullable Long applicationId, String regionCode, byte[] idNumber,
                      byte[] name, byte[] reasons, @Nullable Long sourceBatch, String status,
                      @Nullable String outcome, @Nullable String outcomeNote, Instant raisedAt,
                      @Nullable Instant closedAt) {
    }

    /** An open warning's cause, for combining signals and for not raising it twice. */
    public record OpenCause(byte[] person, @Nullable byte[] household, String ruleId) {
    }

    /** What a listing is narrowed to; null parts do not narrow. */
    public record Filter(String scopePattern, @Nullable String department, @Nullable String status,
                         @Nullable String level, @Nullable String kind, @Nullable String ruleId, int limit) {
    }

    /** Open warnings on any of these persons, or on the households these persons head. */
    public List<OpenCause> openCauses(Collection<byte[]> keys) {
        List<OpenCause> causes = new ArrayList<>();
        if (keys.isEmpty()) {
            return causes;
        }
        String in = HexLiterals.list(keys);
        query("SELECT person_bidx, household_bidx, rule_id FROM warning WHERE status = 'OPEN' AND (person_bidx IN ("
                + in + ") OR household_bidx IN (" + in + "))", List.of(), r -> causes.add(
                new OpenCause(r.getBytes(1), r.getBytes(2), r.getString(3))));
        return causes;
    }

    /** Inserts open warnings; one whose cause is already open on the person only notes the batch that saw it again. */
    public void raise(List<Row> rows, @Nullable Long batch) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> values = new ArrayList<>(chunk.size() * 10);
            StringBuilder tuples = new StringBuilder(chunk.size() * 500);
            for (Row row : chunk) {
                // The binary columns as literals: a comparison raises a hundred thousand warnings, see HexLiterals.
                tuples.append(tuples.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ").append(HexLiterals.of(row.person()))
                        .append(", ").append(row.household() == null ? "NULL" : HexLiterals.of(row.household()))
                        .append(", ?, ?, ").append(HexLiterals.of(row.idNumber())).append(", ")
                        .append(HexLiterals.of(row.name())).append(", ").append(HexLiterals.of(row.reasons()))
                        .append(", ?, ?, 'OPEN', ?, ?)");
                values.addAll(java.util.Arrays.asList(row.ruleId(), row.kind(), row.level(), row.department(),
                        row.applicationId(), row.regionCode(), batch, batch, row.ruleId(),
                        Timestamp.from(row.raisedAt())));
            }
            update("INSERT INTO warning (rule_id, kind, level, department, person_bidx, household_bidx, application_id,"
                    + " region_code, id_number_enc, name_enc, reasons_enc, source_batch, last_seen_batch, status,"
                    + " open_cause, raised_at) VALUES " + tuples
                    + " ON DUPLICATE KEY UPDATE last_seen_batch = VALUES(last_seen_batch)", values);
        }
    }

    public List<Row> list(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM warning WHERE region_code LIKE ?");
        List<Object> values = new ArrayList<>(List.of(filter.scopePattern()));
        narrow(sql, values, "department", filter.department());
        narrow(sql, values, "status", filter.status());
        narrow(sql, values, "level", filter.level());
        narrow(sql, values, "kind", filter.kind());
        narrow(sql, values, "rule_id", filter.ruleId());
        sql.append(" ORDER BY status = 'OPEN' DESC, FIELD(level, 'RED', 'ORANGE', 'YELLOW'), id DESC LIMIT ?");
        values.add(filter.limit());
        List<Row> rows = new ArrayList<>();
        query(sql.toString(), values, r -> rows.add(row(r)));
        return rows;
    }

    public java.util.Optional<Row> find(long id) {
        List<Row> rows = new ArrayList<>();
        query("SELECT " + COLUMNS + " FROM warning WHERE id = ?", List.of(id), r -> rows.add(row(r)));
        return rows.stream().findFirst();
    }

    /** Open complex-case warnings of the scope that stand on no conference's agenda yet, oldest first. */
    public List<Row> awaitingConference(String scopePattern) {
        List<Row> rows = new ArrayList<>();
        query("SELECT " + COLUMNS + " FROM warning w WHERE kind = 'COMPLEX' AND status = 'OPEN' AND region_code LIKE ? "
                + "AND NOT EXISTS (SELECT 1 FROM conference_item i WHERE i.warning_id = w.id) ORDER BY id LIMIT 200",
                List.of(scopePattern), r -> rows.add(row(r)));
        return rows;
    }

    /** The open warnings of a household (by its head's index), oldest first. */
    public List<Row> openOnHousehold(byte[] household) {
        List<Row> rows = new ArrayList<>();
        query("SELECT " + COLUMNS + " FROM warning WHERE household_bidx = ? AND status = 'OPEN' ORDER BY id",
                List.of(household), r -> rows.add(row(r)));
        return rows;
    }

    /** The open warning of this cause on the person, if any. */
    public java.util.Optional<Long> openId(byte[] person, String ruleId) {
        List<Long> ids = new ArrayList<>();
        query("SELECT id FROM warning WHERE person_bidx = ? AND open_cause = ?", List.of(person, ruleId),
                r -> ids.add(r.getLong(1)));
        return ids.stream().findFirst();
    }

    /** Closes an open warning with what checking it found; false when it was no longer open. */
    public boolean close(long id, String outcome, @Nullable String note, long by, Instant at) {
        return update("UPDATE warning SET status = 'CLOSED', open_cause = NULL, outcome = ?, outcome_note = ?, "
                + "closed_by = ?, closed_at = ? WHERE id = ? AND status = 'OPEN'",
                java.util.Arrays.asList(outcome, note, by, Timestamp.from(at), id)) == 1;
    }

    /** Per rule: warnings still open, confirmed and false alarms, in that order. */
    public java.util.Map<String, long[]> tally() {
        java.util.Map<String, long[]> counts = new java.util.HashMap<>();
        query("SELECT rule_id, status, outcome, COUNT(*) FROM warning GROUP BY rule_id, status, outcome", List.of(),
                r -> {
                    long[] c = counts.computeIfAbsent(r.getString(1), rule -> new long[3]);
                    int slot = "OPEN".equals(r.getString(2)) ? 0 : "CONFIRMED".equals(r.getString(3)) ? 1 : 2;
                    c[slot] += r.getLong(4);
                });
        return counts;
    }

    private static void narrow(StringBuilder sql, List<Object> values, String column, @Nullable String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            values.add(value);
        }
    }

    private static Row row(ResultSet r) throws SQLException {
        long application = r.getLong(8);
        Long applicationId = r.wasNull() ? null : application;
        long batch = r.getLong(13);
        Long sourceBatch = r.wasNull() ? null : batch;
        Timestamp closed = r.getTimestamp(18);
        return new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getBytes(6),
                r.getBytes(7), applicationId, r.getString(9), r.getBytes(10), r.getBytes(11), r.getBytes(12),
                sourceBatch, r.getString(14), r.getString(15), r.getString(16), r.getTimestamp(17).toInstant(),
                closed == null ? null : closed.toInstant());
    }

    private interface Each {
        void row(ResultSet r) throws SQLException;
    }

    private void query(String sql, List<?> values, Each each) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    each.row(r);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read warnings", e);
        }
    }

    private int update(String sql, List<?> values) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write warnings", e);
        }
    }

    private static void bind(PreparedStatement s, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setObject(i + 1, values.get(i));
        }
    }
}
