package org.jiuzhu.core.chrome.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.util.Map;

/** The standard error page (or problem details for the API) for a refusal a feature decides on itself. */
@Singleton
public class Refusals {

    private final FreemarkerViews views;

    Refusals(FreemarkerViews views) {
        this.views = views;
    }

    public MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String titleKey, String messageKey) {
        return page(request, status, new ErrorPage(status.getCode(), titleKey, messageKey, ErrorPage.incidentId()));
    }

    MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, ErrorPage page) {
        if (!Requests.wantsHtml(request)) {
            return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(Map.of("type", "about:blank", "title", status.getReason(), "status", status.getCode(),
                            "incident", page.incident()));
        }
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE)
                .body(views.renderToString("core/error", page, request));
    }
}
