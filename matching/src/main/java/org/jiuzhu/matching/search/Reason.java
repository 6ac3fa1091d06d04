package org.jiuzhu.matching.search;

import java.util.List;

/**
 * Why a result matched, in words a person can read: a message {@code key} ("类别：{0}"), message keys of the values
 * ({@code valueKeys}, e.g. an aid kind) and plain {@code text} (keywords, a distance).
 */
public record Reason(String key, List<String> valueKeys, String text) {

    static Reason of(String key) {
        return new Reason(key, List.of(), "");
    }

    static Reason values(String key, List<String> valueKeys) {
        return new Reason(key, valueKeys, "");
    }

    static Reason text(String key, String text) {
        return new Reason(key, List.of(), text);
    }
}
