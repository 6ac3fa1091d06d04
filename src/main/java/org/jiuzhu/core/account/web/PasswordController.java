package org.jiuzhu.core.account.web;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.PasswordHasher;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.PasswordPolicy;
import org.jiuzhu.core.account.Passwords;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.chrome.web.SessionCookie;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.Forms;

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
    private final SessionCookie sessionCookie;

    PasswordController(Passwords passwords, PasswordPolicy policy, CsrfTokens csrf, SessionCookie sessionCookie) {
        this.passwords = passwords;
        this.policy = policy;
        this.csrf = csrf;
        this.sessionCookie = sessionCookie;
    }

    @Get
    ModelAndView<PasswordPage> form(Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return new ModelAndView<>("core/password", new PasswordPage(policy.minimumLength(actor.role().isStaff()), Map.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(PasswordHasher.EXECUTOR)
    MutableHttpResponse<?> change(HttpRequest<?> request, Authentication authentication, @Body PasswordForm form) {
        csrf.verify(request, form.csrfToken());
        Actor actor = Actors.of(authentication);
        FieldErrors errors = passwords.change(actor, Forms.chars(form.currentPassword()), Forms.chars(form.newPassword()),
                Forms.chars(form.passwordConfirmation()), Requests.ip(request));
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("core/password",
                    new PasswordPage(policy.minimumLength(actor.role().isStaff()), errors.asMap())));
        }
        return HttpResponse.seeOther(URI.create("/login?notice=password")).cookie(sessionCookie.expired());
    }
}
