package org.jiuzhu.core.chrome.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import org.jiuzhu.core.chrome.DisplayMode;

import java.time.Duration;

/** The browser's memory of the display mode, read for every page and written by the switch and at login. */
public final class ModeCookie {

    public static final String NAME = "jiuzhu-mode";

    private ModeCookie() {
    }

    public static DisplayMode of(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).flatMap(c -> DisplayMode.parse(c.getValue()))
                .orElse(DisplayMode.STANDARD);
    }

    public static Cookie of(DisplayMode mode, boolean secure) {
        return Cookie.of(NAME, mode.value()).path("/").maxAge(Duration.ofDays(365)).sameSite(SameSite.Lax)
                .httpOnly(true).secure(secure);
    }
}
