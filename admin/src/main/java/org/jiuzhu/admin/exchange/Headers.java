package org.jiuzhu.admin.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a list's columns are in a file: found by the header the template writes (or the column's key), in any order;
 * columns the kind does not know are ignored. {@code missing} names the required headers the file lacks.
 */
record Headers(int[] positions, List<String> missing) {

    static Headers of(ListKind kind, List<String> header) {
        List<Column> columns = kind.columns();
        int[] positions = new int[columns.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            positions[i] = indexOf(header, columns.get(i));
            if (positions[i] < 0 && columns.get(i).required()) {
                missing.add(columns.get(i).header());
            }
        }
        return new Headers(positions, missing);
    }

    private static int indexOf(List<String> header, Column column) {
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i) == null ? "" : header.get(i).replace("\ufeff", "").strip();
            if (cell.equals(column.header()) || cell.equalsIgnoreCase(column.key())) {
                return i;
            }
        }
        return -1;
    }
}
