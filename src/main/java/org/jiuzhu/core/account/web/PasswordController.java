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
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.PasswordPolicy;
import org.jiuzhu.core.account.Passwords;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.InvalidInput;

import java.net.URI;
import java.util.Map;

@Controller("/account/password")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PasswordController {

    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final CsrfTokens csrf;
    private final String cookieName;

    PasswordController(Passwords passwords, PasswordPolicy policy, CsrfTokens csrf,
                       @Value("${micronaut.security.token.cookie.cookie-name}") String cookieName) {
        this.passwords = passwords;
        this.policy = policy;
        this.csrf = csrf;
        this.cookieName = cookieName;
    }

    @Get
    ModelAndView<PasswordPage> form(Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return new ModelAndView<>("core/password", new PasswordPage(policy.minimumLength(actor.role().isStaff()), Map.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> change(HttpRequest<?> request, Authentication authentication, @Body PasswordForm form) {
        csrf.verify(request, form.csrfToken());
        Actor actor = Actors.of(authentication);
        try {
            passwords.change(actor, chars(form.currentPassword()), chars(form.newPassword()),
                    chars(form.passwordConfirmation()), Requests.ip(request));
        } catch (InvalidInput invalid) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("core/password",
                    new PasswordPage(policy.minimumLength(actor.role().isStaff()), invalid.errors().asMap())));
        }
        return HttpResponse.seeOther(URI.create("/login?notice=password"))
                .cookie(Cookie.of(cookieName, "").path("/").maxAge(0));
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }
}
