package org.jiuzhu.core.chrome.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Answers requests the security rules refuse: a visitor who is not logged in is sent to the login page (and a
 * stale session cookie is cleared); a logged-in user gets a 403 page, and the denial is audited.
 */
@Singleton
@Produces
@Replaces(DefaultAuthorizationExceptionHandler.class)
@Requires(classes = {AuthorizationException.class, ExceptionHandler.class})
class Denials implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final Refusals refusals;
    private final AuditLog audit;
    private final SessionCookie sessionCookie;
    private final ExecutorService blocking;

    Denials(Refusals refusals, AuditLog audit, SessionCookie sessionCookie,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.refusals = refusals;
        this.audit = audit;
        this.sessionCookie = sessionCookie;
        this.blocking = blocking;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (!exception.isForbidden()) {
            return notLoggedIn(request);
        }
        Authentication user = exception.getAuthentication();
        String role = user == null ? null : user.getRoles().stream().findFirst().orElse(null);
        Long actorId = user == null ? null : Long.valueOf(user.getName());
        AuditEvent denial = AuditEvent.of(actorId, role, "ACCESS", AuditResult.DENIED, Requests.ip(request))
                .saying(request.getMethodName() + " " + request.getPath());
        // Rule-based denials are raised in the security filter on the event loop: the audit write, which waits
        // for the chain's lock, must not block it.
        blocking.execute(() -> audit.record(denial));
        return refusals.page(request, HttpStatus.FORBIDDEN, ErrorPage.forStatus(403, ErrorPage.incidentId()));
    }

    private MutableHttpResponse<?> notLoggedIn(HttpRequest<?> request) {
        if (!Requests.wantsHtml(request)) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(Map.of("type", "about:blank", "title", "Unauthorized", "status", 401));
        }
        String back = request.getMethod() == HttpMethod.GET ? request.getUri().toString() : "/";
        MutableHttpResponse<?> response = HttpResponse.seeOther(
                URI.create("/login?next=" + URLEncoder.encode(Requests.safeLocalPath(back), StandardCharsets.UTF_8)));
        if (request.getCookies().contains(sessionCookie.name())) {
            response.cookie(sessionCookie.expired());
        }
        return response;
    }

}
