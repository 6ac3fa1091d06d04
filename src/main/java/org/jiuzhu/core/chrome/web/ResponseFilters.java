package org.jiuzhu.core.chrome.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Headers every response gets: a CSP without inline script, no framing, no MIME sniffing, no referrer to
 * other sites, and no caching of anything but static assets (pages may carry personal data). Also sets the
 * CSRF cookie when a page issued a new token.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ResponseFilters implements io.micronaut.core.order.Ordered {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final CsrfTokens csrf;

    ResponseFilters(CsrfTokens csrf) {
        this.csrf = csrf;
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
        response.header("Referrer-Policy", "same-origin");
        response.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.getPath().startsWith("/assets/") || request.getPath().startsWith("/api/docs/ui/")) {
            response.header("Cache-Control", "public, max-age=3600");
        } else {
            response.header("Cache-Control", "no-store");
        }
        request.getAttribute(CsrfTokens.NEW_TOKEN, String.class)
                .ifPresent(token -> response.cookie(csrf.cookie(token)));
    }
}
