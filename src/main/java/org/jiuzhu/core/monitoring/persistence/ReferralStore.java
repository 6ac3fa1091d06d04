package org.jiuzhu.core.monitoring.persistence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jiuzhu.core.database.HexLiterals;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The referral table, read with its warning; every change is guarded by the state it leaves and the version. */
@Singleton
public class ReferralStore {

    private static final String SELECT = "SELECT r.id, r.warning_id, r.department, r.region_code, r.status, r.deadline,"
            + " r.sent_at, r.signed_at, r.returned_reason, r.returned_at, r.aid_kind, r.aid_amount, r.aid_on,"
            + " r.aid_note, r.reported_at, r.escalated_at, r.version, w.rule_id, w.kind, w.level, w.name_enc"
            + " FROM referral r JOIN warning w ON w.id = r.warning_id";

    private final DataSource data;

    ReferralStore(DataSource data) {
        this.data = data;
    }

    /** A referral as stored, with its warning's rule, kind, level and encrypted name. */
    public record Row(long id, long warningId, String department, String regionCode, String status, LocalDate deadline,
                      Instant sentAt, @Nullable Instant signedAt, @Nullable String returnedReason,
                      @Nullable Instant returnedAt, @Nullable String aidKind, @Nullable BigDecimal aidAmount,
                      @Nullable LocalDate aidOn, @Nullable String aidNote, @Nullable Instant reportedAt,
                      @Nullable Instant escalatedAt, long version, String ruleId, String kind, String level,
                      byte[] name) {
    }

    /**
     * Sends a referral for every open warning of these kinds on these persons raised by the batch that has none yet,
     * due the given day for its level (red, orange, yellow); answers how many were sent. Looking warnings up by person
     * keeps a chunk's work to its own rows, however many the batch raised before.
     */
    public int sendFor(long batch, java.util.Collection<byte[]> persons, List<String> kinds, LocalDate red,
                       LocalDate orange, LocalDate yellow, Instant now) {
        if (persons.isEmpty()) {
            return 0;
        }
        return send("w.source_batch = ? AND w.person_bidx IN (" + HexLiterals.list(persons) + ")",
                List.of(batch), kinds, red, orange, yellow, now);
    }

    /** The same for one warning (raised by a visit). */
    public int sendForWarning(long warning, List<String> kinds, LocalDate red, LocalDate orange, LocalDate yellow,
                              Instant now) {
        return send("w.id = ?", List.of(warning), kinds, red, orange, yellow, now);
    }

    private int send(String which, List<Object> whichValues, List<String> kinds, LocalDate red, LocalDate orange,
                     LocalDate yellow, Instant now) {
        String in = String.join(", ", kinds.stream().map(k -> "?").toList());
        List<Object> values = new ArrayList<>(List.of(Date.valueOf(red), Date.valueOf(orange), Date.valueOf(yellow),
                Timestamp.from(now)));
        values.addAll(whichValues);
        values.addAll(kinds);
        return update("INSERT INTO referral (warning_id, department, region_code, status, deadline, sent_at) "
                + "SELECT w.id, w.department, w.region_code, 'SENT', CASE w.level WHEN 'RED' THEN ? WHEN 'ORANGE' "
                + "THEN ? ELSE ? END, ? FROM warning w WHERE " + which + " AND w.status = 'OPEN' AND w.kind IN ("
                + in + ") AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.warning_id = w.id)", values);
    }

    /** Sends one warning to a department chosen by hand (a case conference's follow-up); answers the referral's id. */
    public long sendTo(long warning, String department, String region, LocalDate deadline, Instant now) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO referral "
                + "(warning_id, department, region_code, status, deadline, sent_at) VALUES (?, ?, ?, 'SENT', ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            bind(s, List.of(warning, department, region, Date.valueOf(deadline), Timestamp.from(now)));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write referrals", e);
        }
    }

    public List<Row> list(String scopePattern, @Nullable String department, @Nullable List<String> statuses,
                          boolean escalatedOnly, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE r.region_code LIKE ?");
        List<Object> values = new ArrayList<>(List.of(scopePattern));
        if (department != null) {
            sql.append(" AND r.department = ?");
            values.add(department);
        }
        if (statuses != null) {
            sql.append(" AND r.status IN (").append(String.join(", ", statuses.stream().map(s -> "?").toList()))
                    .append(")");
            values.addAll(statuses);
        }
        if (escalatedOnly) {
            sql.append(" AND r.escalated_at IS NOT NULL AND r.status IN ('SENT', 'SIGNED')");
        }
        sql.append(" ORDER BY r.status IN ('SENT', 'SIGNED') DESC, r.deadline, r.id LIMIT ?");
        values.add(limit);
        return query(sql.toString(), values);
    }

    public Optional<Row> find(long id) {
        return query(SELECT + " WHERE r.id = ?", List.of(id)).stream().findFirst();
    }

    public Optional<Row> ofWarning(long warningId) {
        return query(SELECT + " WHERE r.warning_id = ?", List.of(warningId)).stream().findFirst();
    }

    public boolean sign(long id, long version, long by, Instant at) {
        return update("UPDATE referral SET status = 'SIGNED', signed_by = ?, signed_at = ?, version = version + 1 "
                + "WHERE id = ? AND version = ? AND status = 'SENT'", List.of(by, Timestamp.from(at), id, version)) == 1;
    }

    public boolean giveBack(long id, long version, String reason, long by, Instant at) {
        return update("UPDATE referral SET status = 'RETURNED', returned_reason = ?, returned_by = ?, returned_at = ?,"
                + " version = version + 1 WHERE id = ? AND version = ? AND status IN ('SENT', 'SIGNED')",
                List.of(reason, by, Timestamp.from(at), id, version)) == 1;
    }

    public boolean resend(long id, long version, LocalDate deadline, Instant at) {
        return update("UPDATE referral SET status = 'SENT', deadline = ?, sent_at = ?, signed_by = NULL, "
                + "signed_at = NULL, escalated_at = NULL, version = version + 1 WHERE id = ? AND version = ? "
                + "AND status = 'RETURNED'", List.of(Date.valueOf(deadline), Timestamp.from(at), id, version)) == 1;
    }

    public boolean report(long id, long version, String aidKind, @Nullable BigDecimal amount, LocalDate on,
                          @Nullable String note, long by, Instant at) {
        return update("UPDATE referral SET status = 'DONE', aid_kind = ?, aid_amount = ?, aid_on = ?, aid_note = ?, "
                + "reported_by = ?, reported_at = ?, version = version + 1 WHERE id = ? AND version = ? "
                + "AND status = 'SIGNED'", Arrays.asList(aidKind, amount, Date.valueOf(on), note, by,
                Timestamp.from(at), id, version)) == 1;
    }

    /** Marks open referrals due before {@code today} escalated, once; answers how many. */
    public int escalate(LocalDate today, Instant at) {
        return update("UPDATE referral SET escalated_at = ? WHERE status IN ('SENT', 'SIGNED') AND deadline < ? "
                + "AND escalated_at IS NULL", List.of(Timestamp.from(at), Date.valueOf(today)));
    }

    private List<Row> query(String sql, List<?> values) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getDate(6).toLocalDate(), instant(r, 7), instant(r, 8), r.getString(9), instant(r, 10),
                            r.getString(11), r.getBigDecimal(12), r.getDate(13) == null ? null
                            : r.getDate(13).toLocalDate(), r.getString(14), instant(r, 15), instant(r, 16),
                            r.getLong(17), r.getString(18), r.getString(19), r.getString(20), r.getBytes(21)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read referrals", e);
        }
        return rows;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private int update(String sql, List<?> values) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write referrals", e);
        }
    }

    private static void bind(PreparedStatement s, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setObject(i + 1, values.get(i));
        }
    }
}
