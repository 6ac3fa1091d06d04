package org.jiuzhu.core.form;

/** Turning bound form fields, which are null when absent, into what services take. */
public final class Forms {

    private Forms() {
    }

    public static String text(String value) {
        return value == null ? "" : value;
    }

    public static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }
}
