package org.jiuzhu.core.chrome.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Duration;

/** Switches the page language (Chinese by default, English second) and returns to the page the visitor was on. */
@Controller("/lang")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class LanguageController {

    private final boolean secure;

    LanguageController(@Value("${jiuzhu.cookie.secure:true}") boolean secure) {
        this.secure = secure;
    }

    @Get("/{tag}")
    MutableHttpResponse<?> switchTo(@PathVariable String tag, @QueryValue(defaultValue = "/") String next) {
        String value = "en".equals(tag) ? "en" : "zh";
        return HttpResponse.seeOther(URI.create(Requests.safeLocalPath(next)))
                .cookie(Cookie.of(Requests.LANG_COOKIE, value).path("/").maxAge(Duration.ofDays(365))
                        .sameSite(SameSite.Lax).httpOnly(true).secure(secure));
    }
}
