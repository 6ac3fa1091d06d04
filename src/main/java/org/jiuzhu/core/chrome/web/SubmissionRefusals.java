package org.jiuzhu.core.chrome.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.limit.TooManySubmissions;

/**
 * An address over its hourly allowance for an anonymous form: 429 with a Retry-After, a page that says when to try
 * again and where to call when it cannot wait, and an audit entry without the address (it may be an anonymous
 * complainant's).
 */
@Singleton
@Produces
class SubmissionRefusals implements ExceptionHandler<TooManySubmissions, MutableHttpResponse<?>> {

    private final Refusals refusals;
    private final AuditLog audit;

    SubmissionRefusals(Refusals refusals, AuditLog audit) {
        this.refusals = refusals;
        this.audit = audit;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, TooManySubmissions refused) {
        audit.record(AuditEvent.of(null, null, "SUBMISSION_LIMITED", AuditResult.DENIED, null)
                .saying(refused.form().name()));
        long seconds = Math.max(1, refused.retryAfter().toSeconds());
        return refusals.page(request, HttpStatus.TOO_MANY_REQUESTS, "core.error.429.title", "core.error.429.message")
                .header("Retry-After", Long.toString(seconds));
    }
}
