package org.jiuzhu.admin.exchange.persistence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jiuzhu.core.database.HexLiterals;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * exchange_record and exchange_rejection, written a chunk at a time in multi-row statements (a list may have a
 * million rows). Called inside the caller's transaction: the injected data source lends its connection.
 */
@Singleton
public class RecordStore {

    private static final int ROWS_PER_STATEMENT = 500;

    private final DataSource data;
    private final BulkLoad bulk;

    RecordStore(DataSource data, BulkLoad bulk) {
        this.data = data;
        this.bulk = bulk;
    }

    /** An accepted row as stored: nothing readable but the line and the region. */
    public record Record(int line, byte[] personIndex, byte[] idNumber, byte[] name, @Nullable String region,
                         @Nullable byte[] facts) {
    }

    /** A refused field of a row: the line and a reason key, never the value. */
    public record Rejection(int line, String field, String reason) {
    }

    public void insert(long batch, List<Record> records) {
        if (records.isEmpty()) {
            return;
        }
        if (bulk.available()) {
            bulk.load(batch, records);
            return;
        }
        insert("INSERT INTO exchange_record (batch_id, line, person_bidx, id_number_enc, name_enc, region_code, "
                + "facts_enc) VALUES ", 7, records, (r, values) -> {
                    values.add(batch);
                    values.add(r.line());
                    values.add(r.personIndex());
                    values.add(r.idNumber());
                    values.add(r.name());
                    values.add(r.region());
                    values.add(r.facts());
                });
    }

    public void reject(long batch, List<Rejection> rejections) {
        insert("INSERT INTO exchange_rejection (batch_id, line, field, reason) VALUES ", 4, rejections,
                (r, values) -> {
                    values.add(batch);
                    values.add(r.line());
                    values.add(r.field());
                    values.add(r.reason());
                });
    }

    /** Removes what an interrupted import of the batch had written, before it starts again. */
    public void clear(long batch) {
        execute("DELETE FROM exchange_record WHERE batch_id = ?", batch);
        execute("DELETE FROM exchange_rejection WHERE batch_id = ?", batch);
    }

    /** The refusals of a batch in line order, at most {@code limit}. */
    public List<Rejection> rejections(long batch, int limit) {
        List<Rejection> rejections = new ArrayList<>();
        rejections(batch, limit, rejections::add);
        return rejections;
    }

    /** Every refusal of a batch in line order, handed over one by one (for a download of any size). */
    public void rejections(long batch, int limit, Consumer<Rejection> each) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT line, field, reason FROM exchange_rejection WHERE batch_id = ? ORDER BY line, field LIMIT ?")) {
            s.setLong(1, batch);
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    each.accept(new Rejection(r.getInt(1), r.getString(2), r.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the refusals of batch " + batch, e);
        }
    }

    /** Up to {@code limit} accepted rows after {@code line}, in line order: a comparison reads the list this way. */
    public List<Record> after(long batch, int line, int limit) {
        List<Record> records = new ArrayList<>(limit);
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT line, person_bidx, id_number_enc, name_enc, region_code, facts_enc FROM exchange_record "
                        + "WHERE batch_id = ? AND line > ? ORDER BY line LIMIT ?")) {
            s.setLong(1, batch);
            s.setInt(2, line);
            s.setInt(3, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    records.add(new Record(r.getInt(1), r.getBytes(2), r.getBytes(3), r.getBytes(4), r.getString(5),
                            r.getBytes(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the records of batch " + batch, e);
        }
        return records;
    }

    /** Which of these persons the batch lists. */
    public java.util.Set<java.nio.ByteBuffer> listed(long batch, java.util.Collection<byte[]> persons) {
        java.util.Set<java.nio.ByteBuffer> listed = new java.util.HashSet<>();
        if (persons.isEmpty()) {
            return listed;
        }
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT person_bidx FROM exchange_record WHERE batch_id = ? AND person_bidx IN ("
                        + HexLiterals.list(persons) + ")")) {
            s.setLong(1, batch);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    listed.add(java.nio.ByteBuffer.wrap(r.getBytes(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the records of batch " + batch, e);
        }
        return listed;
    }

    public long records(long batch) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM exchange_record WHERE batch_id = ?")) {
            s.setLong(1, batch);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the records of batch " + batch, e);
        }
    }

    private interface Binder<T> {
        void bind(T row, List<Object> values);
    }

    private <T> void insert(String head, int columns, List<T> rows, Binder<T> binder) {
        String tuple = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> values = new ArrayList<>(chunk.size() * columns);
            chunk.forEach(row -> binder.bind(row, values));
            String sql = head + String.join(", ", Collections.nCopies(chunk.size(), tuple));
            try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    s.setObject(i + 1, values.get(i));
                }
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write a chunk of an import", e);
            }
        }
    }

    private void execute(String sql, long batch) {
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, batch);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clear batch " + batch, e);
        }
    }
}
