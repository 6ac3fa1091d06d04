package org.jiuzhu.core.eligibility;

import java.util.List;

/** A sentence in plain words: a message key and the values it shows (amounts already formatted). */
public record Reason(String key, List<String> args) {

    public static Reason of(String key, Object... args) {
        return new Reason(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
