package org.jiuzhu.core.chrome.web;

/** The model of {@code core/error}: a status, words for it, and an incident id to quote to the hotline. */
public record ErrorPage(int status, String titleKey, String messageKey, String incident) {

    static String incidentId() {
        return Long.toString(System.nanoTime() ^ Double.doubleToLongBits(Math.random()), 36).replace("-", "")
                .toUpperCase(java.util.Locale.ROOT);
    }

    static ErrorPage forStatus(int status, String incident) {
        String key = switch (status) {
            case 400, 403, 404, 405, 413, 415, 503 -> "core.error." + status;
            default -> status >= 500 ? "core.error.500" : "core.error.400";
        };
        return new ErrorPage(status, key + ".title", key + ".message", incident);
    }
}
