package org.jiuzhu.core.notice.persistence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** notice, notice_region and notice_revision; called inside the caller's transaction. */
@Singleton
public class NoticeStore {

    private static final String COLUMNS = "n.id, n.category, n.title, n.body, n.publish_at, n.expires_on, n.revision, "
            + "n.author_region, n.updated_at, n.withdrawn_at";
    private static final String PUBLIC = " n.withdrawn_at IS NULL AND n.publish_at <= ? AND (n.expires_on IS NULL OR "
            + "n.expires_on >= ?)";

    private final DataSource data;

    NoticeStore(DataSource data) {
        this.data = data;
    }

    /** A notice row with its target regions. */
    public record Row(long id, String category, String title, String body, Instant publishAt,
                      @Nullable LocalDate expiresOn, int revision, String authorRegion, Instant updatedAt,
                      @Nullable Instant withdrawnAt, List<String> regions) {
    }

    /** A target region and the LIKE pattern of everything inside it. */
    public record Target(String regionCode, String scopePattern) {
    }

    public long insert(String category, String title, String body, Instant publishAt, @Nullable LocalDate expiresOn,
                       String authorRegion, long by, Instant now) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO notice "
                + "(category, title, body, publish_at, expires_on, revision, author_region, created_by, created_at, "
                + "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bind(s, category, title, body, Timestamp.from(publishAt), expiresOn == null ? null : Date.valueOf(expiresOn),
                    authorRegion, by, Timestamp.from(now), by, Timestamp.from(now));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write a notice", e);
        }
    }

    /** Keeps the current text as a revision and writes the new one; false when the notice is withdrawn. */
    public boolean update(long id, String category, String title, String body, Instant publishAt,
                          @Nullable LocalDate expiresOn, long by, Instant now) {
        update("INSERT INTO notice_revision (notice_id, revision, category, title, body, edited_by, edited_at) "
                + "SELECT id, revision, category, title, body, ?, ? FROM notice WHERE id = ? AND withdrawn_at IS NULL",
                by, Timestamp.from(now), id);
        return update("UPDATE notice SET category = ?, title = ?, body = ?, publish_at = ?, expires_on = ?, "
                + "revision = revision + 1, updated_by = ?, updated_at = ? WHERE id = ? AND withdrawn_at IS NULL",
                category, title, body, Timestamp.from(publishAt), expiresOn == null ? null : Date.valueOf(expiresOn),
                by, Timestamp.from(now), id) == 1;
    }

    public void target(long id, List<Target> targets) {
        update("DELETE FROM notice_region WHERE notice_id = ?", id);
        for (Target t : targets) {
            update("INSERT INTO notice_region (notice_id, region_code, scope_pattern) VALUES (?, ?, ?)", id,
                    t.regionCode(), t.scopePattern());
        }
    }

    public boolean withdraw(long id, long by, Instant now) {
        return update("UPDATE notice SET withdrawn_at = ?, updated_by = ?, updated_at = ? WHERE id = ? AND "
                + "withdrawn_at IS NULL", Timestamp.from(now), by, Timestamp.from(now), id) == 1;
    }

    public Optional<Row> find(long id) {
        return rows("SELECT " + COLUMNS + " FROM notice n WHERE n.id = ?", id).stream().findFirst();
    }

    /** Notices written in a scope, newest edit first. */
    public List<Row> writtenIn(String scopePattern, int limit) {
        return rows("SELECT " + COLUMNS + " FROM notice n WHERE n.author_region LIKE ? ORDER BY n.updated_at DESC, "
                + "n.id DESC LIMIT ?", scopePattern, limit);
    }

    /**
     * Published notices, newest first, of a category (or all) for readers in a region (or anywhere): those for the
     * region, for a region that holds it, or for one inside it.
     */
    public List<Row> published(Instant now, LocalDate today, @Nullable String category, @Nullable String region,
                               @Nullable String regionPattern, @Nullable List<Long> among, int offset, int limit) {
        List<Object> values = new ArrayList<>(List.of(Timestamp.from(now), Date.valueOf(today)));
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM notice n WHERE" + PUBLIC);
        if (among != null) {
            if (among.isEmpty()) {
                return List.of();
            }
            sql.append(" AND n.id IN (").append(String.join(", ", java.util.Collections.nCopies(among.size(), "?")))
                    .append(")");
            values.addAll(among);
        }
        if (category != null) {
            sql.append(" AND n.category = ?");
            values.add(category);
        }
        if (region != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM notice_region r WHERE r.notice_id = n.id AND (? LIKE r.scope_pattern"
                    + " OR r.region_code LIKE ?))");
            values.add(region);
            values.add(regionPattern);
        }
        sql.append(" ORDER BY n.publish_at DESC, n.id DESC LIMIT ? OFFSET ?");
        values.add(limit);
        values.add(offset);
        return rows(sql.toString(), values.toArray());
    }

    /** Every notice not withdrawn, for the search index; and a word for their current state, for knowing when to
     * build it again (an edit or a withdrawal changes the last update, a new notice the count). */
    public List<Row> current() {
        return rows("SELECT " + COLUMNS + " FROM notice n WHERE n.withdrawn_at IS NULL");
    }

    public String version() {
        List<String> version = new ArrayList<>();
        query("SELECT CONCAT(COUNT(*), '/', COALESCE(MAX(updated_at), '-')) FROM notice", List.of(),
                r -> version.add(r.getString(1)));
        return version.get(0);
    }

    public Optional<Row> publishedOne(long id, Instant now, LocalDate today) {
        return rows("SELECT " + COLUMNS + " FROM notice n WHERE n.id = ? AND" + PUBLIC, id, Timestamp.from(now),
                Date.valueOf(today)).stream().findFirst();
    }

    /** A text a notice had before an edit. */
    public record RevisionRow(int revision, String category, String title, String body, Instant editedAt) {
    }

    /** The earlier texts of a notice, newest first. */
    public List<RevisionRow> revisions(long id) {
        List<RevisionRow> revisions = new ArrayList<>();
        query("SELECT revision, category, title, body, edited_at FROM notice_revision WHERE notice_id = ? "
                + "ORDER BY revision DESC", List.of(id), r -> revisions.add(new RevisionRow(r.getInt(1),
                r.getString(2), r.getString(3), r.getString(4), r.getTimestamp(5).toInstant())));
        return revisions;
    }

    private List<Row> rows(String sql, Object... values) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        query(sql, Arrays.asList(values), r -> rows.put(r.getLong(1), new Row(r.getLong(1), r.getString(2),
                r.getString(3), r.getString(4), r.getTimestamp(5).toInstant(),
                r.getDate(6) == null ? null : r.getDate(6).toLocalDate(), r.getInt(7), r.getString(8),
                r.getTimestamp(9).toInstant(), r.getTimestamp(10) == null ? null : r.getTimestamp(10).toInstant(),
                new ArrayList<>())));
        if (!rows.isEmpty()) {
            query("SELECT notice_id, region_code FROM notice_region WHERE notice_id IN (" + String.join(", ",
                    java.util.Collections.nCopies(rows.size(), "?")) + ") ORDER BY region_code",
                    new ArrayList<>(rows.keySet()), r -> rows.get(r.getLong(1)).regions().add(r.getString(2)));
        }
        return new ArrayList<>(rows.values());
    }

    private interface Each {
        void row(ResultSet r) throws SQLException;
    }

    private void query(String sql, List<?> values, Each each) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    each.row(r);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read notices", e);
        }
    }

    private int update(String sql, Object... values) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write notices", e);
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }
}
