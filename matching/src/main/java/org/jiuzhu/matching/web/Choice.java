package org.jiuzhu.matching.web;

/** One option of a select or checkbox group: a message {@code key}, or a plain {@code text} such as a place name. */
public record Choice(String value, String key, String text) {

    public static Choice keyed(String value, String key) {
        return new Choice(value, key, "");
    }

    public static Choice named(String value, String text) {
        return new Choice(value, "", text);
    }
}
