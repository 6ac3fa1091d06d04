package org.jiuzhu.core.chrome.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The server accepts bodies up to the size of a department list upload, which goes to disk as it arrives; every
 * other body (a form, a JSON call) is held in memory, so one announcing more than {@link #MAX_OTHER} is refused
 * with the 413 page before it is read.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BodyLimits implements Ordered {

    static final long MAX_OTHER = 2L * 1024 * 1024;

    private final Refusals refusals;

    BodyLimits(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> limit(HttpRequest<?> request) {
        boolean multipart = request.getContentType().map(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
        if (!multipart && request.getContentLength() > MAX_OTHER) {
            return refusals.page(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "core.error.413.title",
                    "core.error.413.message");
        }
        return null;
    }
}
