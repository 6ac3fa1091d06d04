package org.jiuzhu.core.chrome.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Signed double-submit CSRF tokens: the token lives in an HttpOnly cookie and is repeated in every
 * state-changing form; micronaut-security-csrf signs and checks it. Checking is done here, from the bound form,
 * because the built-in filter answers authenticated form posts with 500 (micronaut-security #1984).
 */
@Singleton
public class CsrfTokens {

    static final String NEW_TOKEN = "jiuzhu.csrf.new";

    private final CsrfTokenGenerator<HttpRequest<?>> generator;
    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final CsrfConfiguration configuration;

    CsrfTokens(CsrfTokenGenerator<HttpRequest<?>> generator, CsrfTokenValidator<HttpRequest<?>> validator,
               CsrfConfiguration configuration) {
        this.generator = generator;
        this.validator = validator;
        this.configuration = configuration;
    }

    public String fieldName() {
        return configuration.getFieldName();
    }

    /** The request's token: the cookie's, or a new one that the response will set. */
    public String tokenFor(HttpRequest<?> request) {
        Optional<String> issued = request.getAttribute(NEW_TOKEN, String.class);
        if (issued.isPresent()) {
            return issued.get();
        }
        Optional<String> existing = request.getCookies().findCookie(configuration.getCookieName()).map(Cookie::getValue)
                .filter(token -> validator.validateCsrfToken(request, token));
        if (existing.isPresent()) {
            return existing.get();
        }
        String token = generator.generateCsrfToken(request);
        request.setAttribute(NEW_TOKEN, token);
        return token;
    }

    /** Refuses the request unless the submitted token matches the cookie and carries a valid signature. */
    public void verify(HttpRequest<?> request, String submitted) {
        if (submitted == null || submitted.isBlank() || !validator.validateCsrfToken(request, submitted)) {
            throw new CsrfRejected();
        }
    }

    Cookie cookie(String token) {
        Cookie cookie = Cookie.of(configuration.getCookieName(), token)
                .path(configuration.getCookiePath().orElse("/"))
                .httpOnly(configuration.isCookieHttpOnly().orElse(true))
                .secure(configuration.isCookieSecure().orElse(true));
        configuration.getCookieSameSite().ifPresent(cookie::sameSite);
        return cookie;
    }
}
