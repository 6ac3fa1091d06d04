package org.jiuzhu.matching.api.web;

import org.jiuzhu.matching.search.Matcher;

import java.util.OptionalInt;

/** The {@code limit} query value: 10 when absent, 1 to {@link Matcher#MAX_LIMIT} when given, else refused. */
final class Limits {

    static final int DEFAULT = 10;

    private Limits() {
    }

    static OptionalInt parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return OptionalInt.of(DEFAULT);
        }
        try {
            int limit = Integer.parseInt(typed.strip());
            return limit >= 1 && limit <= Matcher.MAX_LIMIT ? OptionalInt.of(limit) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
