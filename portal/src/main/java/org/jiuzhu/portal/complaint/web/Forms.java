package org.jiuzhu.portal.complaint.web;

import java.util.Map;

/** Reading the hidden version field the pages send back. */
final class Forms {

    private Forms() {
    }

    /** The version the page showed; -1 (matching nothing) when missing or garbled. */
    static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", "-1").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
