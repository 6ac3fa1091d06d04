package org.jiuzhu.core.account.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.jiuzhu.core.account.Logins;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.SessionCookie;
import org.jiuzhu.core.chrome.web.Requests;

import java.net.URI;

/** Logout ends the session on the server, so a copied token stops working too, not only the cookie. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class LogoutController {

    private final Logins logins;
    private final CsrfTokens csrf;
    private final SessionCookie sessionCookie;

    LogoutController(Logins logins, CsrfTokens csrf, SessionCookie sessionCookie) {
        this.logins = logins;
        this.csrf = csrf;
        this.sessionCookie = sessionCookie;
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> logout(HttpRequest<?> request, Authentication authentication, @Body CsrfOnlyForm form) {
        csrf.verify(request, form.csrfToken());
        logins.logout(Actors.of(authentication), Actors.sessionId(authentication), Requests.ip(request));
        return HttpResponse.seeOther(URI.create("/login?notice=logout")).cookie(sessionCookie.expired());
    }
}
