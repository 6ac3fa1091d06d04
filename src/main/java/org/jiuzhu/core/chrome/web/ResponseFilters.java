package org.jiuzhu.core.chrome.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.List;

/**
 * Headers every response gets: a CSP without inline script, no framing, no MIME sniffing, no referrer to
 * other sites, HTTPS only (outside the demo mode), and no caching of anything but static assets (pages may carry
 * personal data). Also sets the CSRF cookie when a page issued a new token.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ResponseFilters implements io.micronaut.core.order.Ordered {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final CsrfTokens csrf;
    private final boolean https;

    /** {@code https}: outside the demo mode the portal is served over HTTPS only (its cookies are Secure). */
    ResponseFilters(CsrfTokens csrf, @Value("${jiuzhu.cookie.secure:true}") boolean https) {
        this.csrf = csrf;
        this.https = https;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    // Swagger UI sets style attributes; only the staff-only API documentation allows them.
    static final String DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", request.getPath().startsWith("/api/docs") ? DOCS_CSP : CSP);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        // Browsers of the last years ignore it; older Chromium kernels still found in domestic browsers run an XSS
        // filter, and "block" stops it from editing a page instead of refusing it. The CSP is the real defence.
        response.header("X-XSS-Protection", "1; mode=block");
        if (https) {
            response.header("Strict-Transport-Security", "max-age=31536000");
        }
        response.header("Referrer-Policy", "same-origin");
        response.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.getPath().startsWith("/assets/") || request.getPath().startsWith("/api/docs/ui/")) {
            response.header("Cache-Control", "public, max-age=3600");
        } else {
            response.header("Cache-Control", "no-store");
        }
        request.getAttribute(CsrfTokens.NEW_TOKEN, String.class)
                .ifPresent(token -> response.cookie(csrf.cookie(token)));
        canonicalHttpOnly(response);
    }

    /**
     * Netty spells the attribute "HTTPOnly". Browsers read it in any case (RFC 6265), but security scanners that
     * match "HttpOnly" exactly, as wapiti does, report every cookie as readable by scripts.
     */
    private static void canonicalHttpOnly(MutableHttpResponse<?> response) {
        List<String> cookies = response.getHeaders().getAll(HttpHeaders.SET_COOKIE);
        if (cookies.stream().anyMatch(c -> c.contains("; HTTPOnly"))) {
            response.getHeaders().remove(HttpHeaders.SET_COOKIE);
            cookies.forEach(c -> response.getHeaders()
                    .add(HttpHeaders.SET_COOKIE, c.replace("; HTTPOnly", "; HttpOnly")));
        }
    }
}
