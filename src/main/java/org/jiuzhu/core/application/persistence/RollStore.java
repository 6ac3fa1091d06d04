package org.jiuzhu.core.application.persistence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jiuzhu.core.database.HexLiterals;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Members of submitted applications looked up in bulk by person index (one statement for a chunk of a list). */
@Singleton
public class RollStore {

    private static final String SELECT = """
            SELECT m.id_number_bidx, a.id, a.status, a.region_code, a.updated_at, m.student, h.id_number_bidx,
                   d.categories, m.name, m.id_number_enc
            FROM application_member m
            JOIN application a ON a.id = m.application_id
            JOIN application_member h ON h.application_id = a.id AND h.position = 0
            LEFT JOIN application_decision d ON d.application_id = a.id AND d.outcome = 'APPROVED'
            """;

    private final DataSource data;

    RollStore(DataSource data) {
        this.data = data;
    }

    /** One member of one application. */
    public record MemberRow(byte[] person, long applicationId, String status, String regionCode, Instant updatedAt,
                            boolean student, byte[] household, @Nullable String categories, String name,
                            byte[] idNumber) {
    }

    /**
     * Most persons of a department list are in no application: they are sorted out first by the person index alone,
     * and only the others looked up with their applications.
     */
    public List<MemberRow> members(Collection<byte[]> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        List<byte[]> known = new ArrayList<>();
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement("SELECT DISTINCT "
                + "id_number_bidx FROM application_member WHERE id_number_bidx IN (" + HexLiterals.list(persons) + ")");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                known.add(r.getBytes(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the low-income database", e);
        }
        return known.isEmpty() ? List.of() : query(SELECT + "WHERE m.id_number_bidx IN (" + HexLiterals.list(known)
                + ") AND a.status NOT IN ('DRAFT', 'WITHDRAWN')", List.of());
    }

    /** A person on a relapse-watch list. */
    public record WatchedRow(byte[] person, String regionCode, @Nullable java.time.LocalDate identifiedOn) {
    }

    /** Enters or updates persons on the relapse watch, in multi-row statements. */
    public void watch(List<WatchedRow> persons, long batch, Instant now) {
        for (int from = 0; from < persons.size(); from += 500) {
            List<WatchedRow> chunk = persons.subList(from, Math.min(persons.size(), from + 500));
            List<Object> values = new ArrayList<>(chunk.size() * 5);
            for (WatchedRow p : chunk) {
                values.addAll(java.util.Arrays.asList(p.person(), p.regionCode(), p.identifiedOn() == null ? null
                        : java.sql.Date.valueOf(p.identifiedOn()), batch, java.sql.Timestamp.from(now)));
            }
            update("INSERT INTO relapse_watch (person_bidx, region_code, identified_on, source_batch, seen_at) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?)"))
                    + " ON DUPLICATE KEY UPDATE region_code = VALUES(region_code), identified_on = "
                    + "VALUES(identified_on), source_batch = VALUES(source_batch), seen_at = VALUES(seen_at)", values);
        }
    }

    /** The persons among these on the relapse watch. */
    public List<WatchedRow> watched(Collection<byte[]> persons) {
        List<WatchedRow> rows = new ArrayList<>();
        if (persons.isEmpty()) {
            return rows;
        }
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement("SELECT person_bidx, "
                + "region_code, identified_on FROM relapse_watch WHERE person_bidx IN (" + HexLiterals.list(persons)
                + ")")) {
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new WatchedRow(r.getBytes(1), r.getString(2), r.getDate(3) == null ? null
                            : r.getDate(3).toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the relapse watch", e);
        }
        return rows;
    }

    private void update(String sql, List<Object> values) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the relapse watch", e);
        }
    }

    /** The head of an application in the scope (member 0), if the application was submitted. */
    public List<MemberRow> head(long applicationId, String scopePattern) {
        return query(SELECT + "WHERE a.id = ? AND m.position = 0 AND a.region_code LIKE ? "
                + "AND a.status NOT IN ('DRAFT', 'WITHDRAWN')", List.of(applicationId, scopePattern));
    }

    public List<MemberRow> studentsReceivingAid(String scopePattern) {
        return query(SELECT + "WHERE m.student = TRUE AND a.status IN ('APPROVED', 'IN_PAYMENT', 'TAPER') "
                + "AND a.region_code LIKE ?", List.of(scopePattern));
    }

    private List<MemberRow> query(String sql, List<?> values) {
        List<MemberRow> rows = new ArrayList<>();
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new MemberRow(r.getBytes(1), r.getLong(2), r.getString(3), r.getString(4),
                            r.getTimestamp(5).toInstant(), r.getBoolean(6), r.getBytes(7), r.getString(8), r.getString(9), r.getBytes(10)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the low-income database", e);
        }
        return rows;
    }
}
