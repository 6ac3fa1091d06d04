package org.jiuzhu;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * For benchmarks: multi-row INSERTs of up to {@link #ROWS} rows a statement, committed every statement: loads a million rows in
 * seconds without rewriting the driver's URL. Ids are given by the caller, so rows of other tables can refer to them;
 * such a child insert names its parent, which is flushed first so foreign keys always find their rows.
 */
public final class BulkInsert implements AutoCloseable {

    public static final int ROWS = 1000;

    private final Connection connection;
    private final String head;
    private final String tuple;
    private final int columns;
    private final List<Object> values = new ArrayList<>();
    private final BulkInsert parent;

    public BulkInsert(Connection connection, String table, String... columns) {
        this(null, connection, table, columns);
    }

    public BulkInsert(BulkInsert parent, Connection connection, String table, String... columns) {
        this.parent = parent;
        this.connection = connection;
        this.columns = columns.length;
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.tuple = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    }

    public void add(Object... row) throws SQLException {
        if (row.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + row.length);
        }
        Collections.addAll(values, row);
        if (values.size() == ROWS * columns) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (parent != null) {
            parent.flush();
        }
        int rows = values.size() / columns;
        if (rows == 0) {
            return;
        }
        String sql = head + String.join(", ", Collections.nCopies(rows, tuple));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            statement.executeUpdate();
        }
        values.clear();
    }

    @Override
    public void close() throws SQLException {
        flush();
    }
}
