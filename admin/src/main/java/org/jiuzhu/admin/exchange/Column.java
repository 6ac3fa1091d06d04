package org.jiuzhu.admin.exchange;

import java.util.List;

/**
 * One column of a list: its key (in the stored facts and the report), its header as the template writes it, whether
 * a row needs it, what it holds and, for a code, the values allowed.
 */
public record Column(String key, String header, boolean required, Type type, List<String> codes) {

    /** What a cell may hold. */
    public enum Type {
        ID_NUMBER, NAME, REGION, TEXT, DATE, AMOUNT, YEAR, YES_NO, CODE
    }

    static Column required(String key, String header, Type type) {
        return new Column(key, header, true, type, List.of());
    }

    static Column optional(String key, String header, Type type) {
        return new Column(key, header, false, type, List.of());
    }

    static Column code(String key, String header, boolean required, String... codes) {
        return new Column(key, header, required, Type.CODE, List.of(codes));
    }
}
