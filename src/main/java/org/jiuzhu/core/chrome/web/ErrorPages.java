package org.jiuzhu.core.chrome.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error a browser sees (400, 404, 405, 413, 500 ...) as a Chinese page with an incident id. The page
 * never shows exception messages, stack traces or SQL; server errors are logged under the incident id.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
class ErrorPages implements HtmlErrorResponseBodyProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final String FALLBACK = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<title>出错了</title></head><body><h1>出错了</h1><p>请稍后再试。事件编号：%s</p></body></html>";

    private final FreemarkerViews views;

    ErrorPages(FreemarkerViews views) {
        this.views = views;
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        String incident = ErrorPage.incidentId();
        int status = response.code();
        if (status == 503) {
            // An outage would otherwise fill the log with one stack trace per request.
            LOG.warn("Incident {}: 503 (the database unavailable) on {} {} ({})", incident,
                    context.getRequest().getMethodName(), context.getRequest().getPath(),
                    context.getRootCause().map(c -> c.getClass().getName()).orElse("-"));
        } else if (status >= 500) {
            context.getRootCause().ifPresentOrElse(
                    cause -> LOG.error("Incident {} on {} {}", incident, context.getRequest().getMethodName(),
                            context.getRequest().getPath(), cause),
                    () -> LOG.error("Incident {}: status {} on {}", incident, status, context.getRequest().getPath()));
        }
        try {
            return views.renderToString("core/error", ErrorPage.forStatus(status, incident), context.getRequest());
        } catch (RuntimeException renderingFailed) {
            LOG.error("Incident {}: the error page itself failed", incident, renderingFailed);
            return FALLBACK.formatted(incident);
        }
    }
}
