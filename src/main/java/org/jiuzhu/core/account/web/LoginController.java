package org.jiuzhu.core.account.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.PasswordHasher;
import org.jiuzhu.core.account.Account;
import org.jiuzhu.core.account.DisplayModes;
import org.jiuzhu.core.account.LoginOutcome;
import org.jiuzhu.core.account.LoginThrottle;
import org.jiuzhu.core.account.Logins;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.ModeCookie;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.privacy.Masking;
import org.jiuzhu.core.region.Regions;

import java.net.URI;

@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {

    private final Logins logins;
    private final LoginThrottle throttle;
    private final Regions regions;
    private final Masking masking;
    private final CsrfTokens csrf;
    private final TokenCookieLoginHandler loginHandler;
    private final DisplayModes displayModes;
    private final boolean secureCookies;

    LoginController(Logins logins, LoginThrottle throttle, Regions regions, Masking masking, CsrfTokens csrf,
                    TokenCookieLoginHandler loginHandler, DisplayModes displayModes,
                    @Value("${jiuzhu.cookie.secure:true}") boolean secureCookies) {
        this.logins = logins;
        this.throttle = throttle;
        this.regions = regions;
        this.masking = masking;
        this.csrf = csrf;
        this.loginHandler = loginHandler;
        this.displayModes = displayModes;
        this.secureCookies = secureCookies;
    }

    @Get("/login")
    ModelAndView<LoginPage> form(@QueryValue(defaultValue = "/") String next,
                                 @QueryValue(defaultValue = "") String notice) {
        String noticeKey = switch (notice) {
            case "registered" -> "core.login.notice.registered";
            case "password" -> "core.login.notice.password";
            case "logout" -> "core.login.notice.logout";
            case "charity" -> "core.login.notice.charity";
            default -> null;
        };
        return new ModelAndView<>("core/login", new LoginPage("", null, noticeKey, Requests.safeLocalPath(next), throttle.lockMinutes()));
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(PasswordHasher.EXECUTOR)
    MutableHttpResponse<?> login(HttpRequest<?> request, @Body LoginForm form) {
        csrf.verify(request, form.csrfToken());
        String next = Requests.safeLocalPath(form.next());
        char[] password = form.password() == null ? new char[0] : form.password().toCharArray();
        LoginOutcome outcome = logins.attempt(form.username(), password, Requests.ip(request));
        if (outcome instanceof LoginOutcome.Success success) {
            Account account = success.account();
            String label = account.username() != null ? account.username() : masking.name(account.displayName());
            MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(next));
            loginHandler.getCookies(Actors.authentication(account, regions.get(account.regionCode()),
                    success.sessionId(), label), request).forEach(response::cookie);
            // A display chosen on another device follows the person; without a choice this browser's stays.
            displayModes.chosen(account.id()).ifPresent(mode -> response.cookie(ModeCookie.of(mode, secureCookies)));
            return response;
        }
        boolean tooMany = outcome instanceof LoginOutcome.TooManyFromAddress;
        String errorKey = tooMany ? "core.login.error.address"
                : outcome instanceof LoginOutcome.Locked ? "core.login.error.locked" : "core.login.error.refused";
        String typed = form.username() == null ? "" : form.username();
        return HttpResponse.status(tooMany ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED)
                .body(new ModelAndView<>("core/login", new LoginPage(typed, errorKey, null, next, throttle.lockMinutes())));
    }
}
