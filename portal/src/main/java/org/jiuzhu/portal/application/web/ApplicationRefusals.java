package org.jiuzhu.portal.application.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.jiuzhu.core.application.ApplicationLocked;
import org.jiuzhu.core.application.ApplicationNotFound;
import org.jiuzhu.core.chrome.web.Refusals;

/** Refusals the application services raise where a page cannot answer field by field. */
final class ApplicationRefusals {

    private ApplicationRefusals() {
    }

    /** Someone else's application, or none: the standard 403 page, like any record out of reach. */
    @Singleton
    @Produces
    static class NotFound implements ExceptionHandler<ApplicationNotFound, MutableHttpResponse<?>> {

        private final Refusals refusals;

        NotFound(Refusals refusals) {
            this.refusals = refusals;
        }

        @Override
        public MutableHttpResponse<?> handle(HttpRequest request, ApplicationNotFound exception) {
            return refusals.page(request, HttpStatus.FORBIDDEN, "core.error.403.title", "core.error.403.message");
        }
    }

    /** A change to an application already submitted (an old tab, a back button): show where it stands instead. */
    @Singleton
    @Produces
    static class Locked implements ExceptionHandler<ApplicationLocked, MutableHttpResponse<?>> {

        @Override
        public MutableHttpResponse<?> handle(HttpRequest request, ApplicationLocked exception) {
            return Editing.seeOther("/apply");
        }
    }
}
