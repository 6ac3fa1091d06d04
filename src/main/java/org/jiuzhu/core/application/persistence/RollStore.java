package org.jiuzhu.core.application.persistence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

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

    public List<MemberRow> members(Collection<byte[]> persons) {
        return query(SELECT + "WHERE m.id_number_bidx IN (" + String.join(", ", Collections.nCopies(persons.size(), "?"))
                + ") AND a.status NOT IN ('DRAFT', 'WITHDRAWN')", new ArrayList<>(persons));
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
