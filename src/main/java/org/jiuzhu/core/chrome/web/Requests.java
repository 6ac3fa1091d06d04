package org.jiuzhu.core.chrome.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import org.jiuzhu.core.chrome.Messages;

import java.util.Locale;

/** Small facts about a request that several web classes need. */
public final class Requests {

    public static final String LANG_COOKIE = "jiuzhu-lang";

    private Requests() {
    }

    /** Where {@link ClientAddresses} leaves the client's address. */
    static final String CLIENT_ADDRESS = "jiuzhu.client-address";

    /** The client's address: the connection's own, or the one a trusted proxy passed on ({@link ClientAddresses}). */
    public static String ip(HttpRequest<?> request) {
        return request.getAttribute(CLIENT_ADDRESS, String.class)
                .orElseGet(() -> request.getRemoteAddress().getAddress().getHostAddress());
    }

    public static Locale locale(HttpRequest<?> request) {
        return Messages.supported(request.getCookies().findCookie(LANG_COOKIE).map(Cookie::getValue).orElse("zh"));
    }

    /** A local path to return to after login or a language switch; anything else becomes "/". */
    public static String safeLocalPath(String candidate) {
        if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.contains("\\") || candidate.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        try {
            new java.net.URI(candidate);
            return candidate;
        } catch (java.net.URISyntaxException unparseable) {
            return "/";
        }
    }

    /** Pages answer in HTML; the JSON API (but not its documentation pages) in problem details. */
    public static boolean wantsHtml(HttpRequest<?> request) {
        return !request.getPath().startsWith("/api/") || request.getPath().startsWith("/api/docs");
    }
}
