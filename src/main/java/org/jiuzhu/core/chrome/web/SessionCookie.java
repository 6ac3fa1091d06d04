package org.jiuzhu.core.chrome.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

/**
 * The session cookie's removal. It must carry the flags the cookie was set with: browsers ignore a
 * {@code __Host-} cookie without {@code Secure}, so a plain expired cookie would never clear it in production.
 */
@Singleton
public class SessionCookie {

    private final String name;
    private final boolean secure;

    SessionCookie(@Value("${micronaut.security.token.cookie.cookie-name}") String name,
                  @Value("${jiuzhu.cookie.secure:true}") boolean secure) {
        this.name = name;
        this.secure = secure;
    }

    public String name() {
        return name;
    }

    public Cookie expired() {
        return Cookie.of(name, "").path("/").maxAge(0).httpOnly(true).secure(secure).sameSite(SameSite.Lax);
    }
}
