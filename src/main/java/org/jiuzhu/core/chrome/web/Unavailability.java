package org.jiuzhu.core.chrome.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.jiuzhu.core.database.Outages;

/**
 * A database that is down, restarting, or holding a lock too long answers 503 with the "temporarily unavailable"
 * page (problem details for API clients) and a Retry-After, within the pool's and the lock wait's timeouts, instead
 * of a 500 after the default ones. Every other unexpected exception still ends as the 500 page with an incident id.
 */
@Singleton
class Unavailability implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final String RETRY_AFTER_SECONDS = "10";

    private final ErrorResponseProcessor<?> errors;
    private final Outages outages;

    Unavailability(ErrorResponseProcessor<?> errors, Outages outages) {
        this.errors = errors;
        this.outages = outages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        MutableHttpResponse<?> response = outages.explains(exception)
                ? HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS)
                : HttpResponse.serverError();
        return errors.processResponse(ErrorContext.builder(request).cause(exception).build(), response);
    }
}
