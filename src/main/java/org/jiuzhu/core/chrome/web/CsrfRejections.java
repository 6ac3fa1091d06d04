package org.jiuzhu.core.chrome.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;

/** A form posted without a valid CSRF token: 403, a page saying how to go on, an audit entry. */
@Singleton
@Produces
class CsrfRejections implements ExceptionHandler<CsrfRejected, MutableHttpResponse<?>> {

    private final Refusals refusals;
    private final AuditLog audit;

    CsrfRejections(Refusals refusals, AuditLog audit) {
        this.refusals = refusals;
        this.audit = audit;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, CsrfRejected exception) {
        Authentication user = ((HttpRequest<?>) request).getUserPrincipal(Authentication.class).orElse(null);
        audit.record(AuditEvent.of(user == null ? null : Long.valueOf(user.getName()),
                user == null ? null : user.getRoles().stream().findFirst().orElse(null),
                "CSRF_CHECK", AuditResult.DENIED, Requests.ip(request)).saying(request.getPath()));
        ErrorPage page = new ErrorPage(403, "core.error.csrf.title", "core.error.csrf.message", ErrorPage.incidentId());
        return refusals.page(request, HttpStatus.FORBIDDEN, page);
    }
}
