package org.jiuzhu.core.notice.persistence;

import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** notice_attachment. */
@Singleton
public class AttachmentStore {

    private final DataSource data;

    AttachmentStore(DataSource data) {
        this.data = data;
    }

    /** An attachment as stored; removed ones are not read back. */
    public record Row(long id, long noticeId, String storedName, String originalName, String mediaType, long size,
                      Instant addedAt) {
    }

    public void insert(long noticeId, String storedName, String originalName, String mediaType, long size,
                       String sha256, long by, Instant at) {
        update("INSERT INTO notice_attachment (notice_id, stored_name, original_name, media_type, size_bytes, sha256, "
                + "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", noticeId, storedName, originalName, mediaType,
                size, sha256, by, Timestamp.from(at));
    }

    /** Marks it removed; answers its stored name, or empty when there was none to remove. */
    public Optional<String> remove(long noticeId, long id, Instant at) {
        Optional<Row> row = find(noticeId, id);
        if (row.isPresent()) {
            update("UPDATE notice_attachment SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
                    Timestamp.from(at), id);
        }
        return row.map(Row::storedName);
    }

    public List<Row> of(long noticeId) {
        return rows("SELECT id, notice_id, stored_name, original_name, media_type, size_bytes, added_at FROM "
                + "notice_attachment WHERE notice_id = ? AND removed_at IS NULL ORDER BY id", noticeId);
    }

    public Optional<Row> find(long noticeId, long id) {
        return rows("SELECT id, notice_id, stored_name, original_name, media_type, size_bytes, added_at FROM "
                + "notice_attachment WHERE notice_id = ? AND id = ? AND removed_at IS NULL", noticeId, id)
                .stream().findFirst();
    }

    /** Whether a file still belongs to an attachment (the sweeper keeps it). */
    public boolean known(String storedName) {
        return !rows("SELECT id, notice_id, stored_name, original_name, media_type, size_bytes, added_at FROM "
                + "notice_attachment WHERE stored_name = ? AND removed_at IS NULL", storedName).isEmpty();
    }

    private List<Row> rows(String sql, Object... values) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getLong(6), r.getTimestamp(7).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read notice attachments", e);
        }
        return rows;
    }

    private void update(String sql, Object... values) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write notice attachments", e);
        }
    }
}
