package org.jiuzhu.core.account.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Sessions;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;

import java.net.URI;

/** Logout ends the session on the server, so a copied token stops working too, not only the cookie. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class LogoutController {

    private final Sessions sessions;
    private final AuditLog audit;
    private final CsrfTokens csrf;
    private final String cookieName;

    LogoutController(Sessions sessions, AuditLog audit, CsrfTokens csrf,
                     @Value("${micronaut.security.token.cookie.cookie-name}") String cookieName) {
        this.sessions = sessions;
        this.audit = audit;
        this.csrf = csrf;
        this.cookieName = cookieName;
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> logout(HttpRequest<?> request, Authentication authentication, @Body CsrfOnlyForm form) {
        csrf.verify(request, form.csrfToken());
        Actor actor = Actors.of(authentication);
        sessions.revoke(Actors.sessionId(authentication));
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "LOGOUT", AuditResult.SUCCESS,
                Requests.ip(request)).about("account", actor.accountId()));
        return HttpResponse.seeOther(URI.create("/login?notice=logout"))
                .cookie(Cookie.of(cookieName, "").path("/").maxAge(0));
    }
}
