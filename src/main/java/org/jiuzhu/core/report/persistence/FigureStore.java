package org.jiuzhu.core.report.persistence;

import jakarta.inject.Singleton;
import org.jiuzhu.core.report.RegionFigures.Row;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The dashboard's queries: aggregates only, nothing about a person. */
@Singleton
public class FigureStore {

    private final DataSource data;

    FigureStore(DataSource data) {
        this.data = data;
    }

    public List<Row> byStage(String scope) {
        return rows("SELECT status, COUNT(*) FROM application WHERE region_code LIKE ? AND status <> 'DRAFT' "
                + "GROUP BY status ORDER BY status", 1, scope);
    }

    /** Households receiving aid per category of their decision (a household in two categories counts in both). */
    public List<Row> byCategory(String scope) {
        Map<String, Double> counts = new TreeMap<>();
        for (Row r : rows("SELECT d.categories, COUNT(*) FROM application a JOIN application_decision d ON "
                + "d.application_id = a.id AND d.outcome = 'APPROVED' WHERE a.region_code LIKE ? AND a.status IN "
                + "('APPROVED', 'IN_PAYMENT', 'TAPER') GROUP BY d.categories", 1, scope)) {
            for (String category : r.key().split(",")) {
                if (!category.isBlank()) {
                    counts.merge(category.strip(), r.values()[0], Double::sum);
                }
            }
        }
        return counts.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList();
    }

    /** Submissions per month in China's time zone since {@code from}. */
    public List<Row> byMonth(String scope, LocalDate from) {
        return rows("SELECT DATE_FORMAT(submitted_at + INTERVAL 8 HOUR, '%Y-%m') m, COUNT(*) FROM application WHERE "
                + "region_code LIKE ? AND submitted_at >= ? GROUP BY m ORDER BY m", 1, scope,
                Date.valueOf(from));
    }

    /**
     * Per stage left: how many times, the average days spent in it, and how many of those with a deadline left it by
     * the deadline, out of how many had one.
     */
    public List<Row> daysPerStage(String scope) {
        return rows("SELECT status, COUNT(*), AVG(TIMESTAMPDIFF(SECOND, occurred_at, next_at)) / 86400, "
                + "SUM(deadline IS NOT NULL AND DATE(next_at + INTERVAL 8 HOUR) <= deadline), SUM(deadline IS NOT NULL) "
                + "FROM (SELECT e.status, e.occurred_at, e.deadline, LEAD(e.occurred_at) OVER (PARTITION BY "
                + "e.application_id ORDER BY e.occurred_at, e.id) next_at FROM application_event e JOIN application a "
                + "ON a.id = e.application_id WHERE a.region_code LIKE ?) t WHERE next_at IS NOT NULL GROUP BY status "
                + "ORDER BY status", 4, scope);
    }

    /** Open warnings per kind: red, orange, yellow. */
    public List<Row> warnings(String scope) {
        return rows("SELECT kind, SUM(level = 'RED'), SUM(level = 'ORANGE'), SUM(level = 'YELLOW') FROM warning "
                + "WHERE status = 'OPEN' AND region_code LIKE ? GROUP BY kind ORDER BY kind", 3, scope);
    }

    /** Referrals not done per department: open, and of those overdue. */
    public List<Row> referrals(String scope, LocalDate today) {
        return rows("SELECT department, COUNT(*), SUM(deadline < ?) FROM referral WHERE status IN ('SENT', 'SIGNED') "
                + "AND region_code LIKE ? GROUP BY department ORDER BY department", 2, Date.valueOf(today), scope);
    }

    /** Complaints per type: all, then per stage (received to closed), then those past their deadline. */
    public List<Row> complaints(String scope, LocalDate today) {
        return rows("SELECT type, COUNT(*), SUM(status = 'RECEIVED'), SUM(status = 'DISPATCHED'), "
                + "SUM(status = 'HANDLING'), SUM(status = 'REPLIED'), SUM(status = 'CLOSED'), "
                + "SUM(status = 'HANDLING' AND due_on < ?) FROM complaint WHERE region_code LIKE ? GROUP BY type "
                + "ORDER BY type", 7, Date.valueOf(today), scope);
    }

    /** Per type: replies, those given by the deadline, ratings, and the satisfied (or mostly satisfied) ones. */
    public List<Row> complaintService(String scope) {
        return rows("SELECT type, SUM(on_time IS NOT NULL), SUM(on_time), SUM(satisfaction IS NOT NULL), "
                + "SUM(satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')) FROM complaint WHERE region_code LIKE ? "
                + "GROUP BY type ORDER BY type", 4, scope);
    }

    private List<Row> rows(String sql, int numbers, Object... values) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    double[] figures = new double[numbers];
                    for (int i = 0; i < numbers; i++) {
                        figures[i] = r.getDouble(i + 2);
                    }
                    rows.add(new Row(r.getString(1), figures));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the figures", e);
        }
        return rows;
    }
}
