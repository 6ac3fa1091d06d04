package org.jiuzhu.core.chrome.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.jiuzhu.core.chrome.DisplayMode;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

@Singleton
class ChromeFactory {

    private final CsrfTokens csrf;
    private final boolean demo;
    private final long idleSeconds;

    ChromeFactory(CsrfTokens csrf, @Value("${jiuzhu.demo.enabled:false}") boolean demo,
                  @Value("${jiuzhu.session.idle-timeout:30m}") Duration idleTimeout) {
        this.csrf = csrf;
        this.demo = demo;
        this.idleSeconds = idleTimeout.toSeconds();
    }

    Chrome of(HttpRequest<?> request) {
        Locale locale = Requests.locale(request);
        String lang = locale.equals(Locale.ENGLISH) ? "en" : "zh-CN";
        Optional<Authentication> user = request.getUserPrincipal(Authentication.class);
        // The token's attributes, not the account feature: account depends on the chrome, never the reverse.
        String role = user.flatMap(a -> a.getRoles().stream().findFirst()).orElse(null);
        String label = user.map(a -> String.valueOf(a.getAttributes().getOrDefault("label", ""))).orElse("");
        boolean adminArea = user.map(a -> Boolean.TRUE.equals(a.getAttributes().get("adminArea"))).orElse(false);
        return new Chrome(lang, csrf.fieldName(), csrf.tokenFor(request), user.isPresent(), label,
                role == null ? null : "core.role." + role.toLowerCase(Locale.ROOT), adminArea, "CHARITY".equals(role), demo,
                request.getPath(), lang.equals("en") ? "zh" : "en", lang.equals("en") ? "zh-CN" : "en",
                ModeCookie.of(request) == DisplayMode.ELDER, idleSeconds);
    }
}
