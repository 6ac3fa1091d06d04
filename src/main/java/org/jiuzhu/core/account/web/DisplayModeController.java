package org.jiuzhu.core.account.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.jiuzhu.core.account.DisplayModes;
import org.jiuzhu.core.chrome.DisplayMode;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.ModeCookie;
import org.jiuzhu.core.chrome.web.Requests;

import java.net.URI;
import java.util.Map;

/**
 * The switch between the standard display and the elder-friendly one (长辈版) in every page's header: remembered in
 * the browser, and for a logged-in person in their account too, then back to the page they were on.
 */
@Controller("/display-mode")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class DisplayModeController {

    private final DisplayModes modes;
    private final CsrfTokens csrf;
    private final boolean secure;

    DisplayModeController(DisplayModes modes, CsrfTokens csrf, @Value("${jiuzhu.cookie.secure:true}") boolean secure) {
        this.modes = modes;
        this.csrf = csrf;
        this.secure = secure;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> choose(HttpRequest<?> request, @Nullable Authentication authentication,
                                  @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        // Only two buttons post here; anything else they could not have sent keeps the standard display.
        DisplayMode mode = DisplayMode.parse(form.get("mode")).orElse(DisplayMode.STANDARD);
        if (authentication != null && Actors.apiKeyId(authentication) == null) {
            modes.choose(Actors.of(authentication), mode, Requests.ip(request));
        }
        return HttpResponse.seeOther(URI.create(Requests.safeLocalPath(form.get("next"))))
                .cookie(ModeCookie.of(mode, secure));
    }
}
