package org.jiuzhu.core.account.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import org.jiuzhu.core.account.Account;
import org.jiuzhu.core.account.Sessions;
import org.jiuzhu.core.region.Regions;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A logged-in browser's cookies made without the login page: the session row, the signed session token and a CSRF
 * token, exactly as a login would set them. The reliability harness opens hundreds of sessions this way instead of
 * paying one Argon2 hash each before the load it means to measure.
 */
public final class SessionMint {

    private SessionMint() {
    }

    /** Cookie name to value; {@code csrfToken} is the form field's value for the same browser. */
    public record Browser(Map<String, String> cookies, String csrfToken) {
    }

    @SuppressWarnings("unchecked")
    public static Browser loggedIn(ApplicationContext context, Account account) {
        String sessionId = context.getBean(Sessions.class).open(account.id());
        var authentication = Actors.authentication(account,
                context.getBean(Regions.class).get(account.regionCode()), sessionId, "reliability");
        MutableHttpRequest<?> login = HttpRequest.POST("/login", "");
        Map<String, String> cookies = new LinkedHashMap<>();
        for (Cookie cookie : context.getBean(TokenCookieLoginHandler.class).getCookies(authentication, login)) {
            cookies.put(cookie.getName(), cookie.getValue());
        }
        MutableHttpRequest<?> page = HttpRequest.GET("/");
        cookies.forEach((name, value) -> page.cookie(Cookie.of(name, value)));
        String csrf = ((CsrfTokenGenerator<HttpRequest<?>>) context.getBean(CsrfTokenGenerator.class))
                .generateCsrfToken(page);
        String csrfCookie = context.getProperty("micronaut.security.csrf.cookie-name", String.class).orElseThrow();
        cookies.put(csrfCookie, csrf);
        return new Browser(cookies, csrf);
    }
}
