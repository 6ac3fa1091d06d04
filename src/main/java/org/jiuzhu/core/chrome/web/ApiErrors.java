package org.jiuzhu.core.chrome.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/** Errors for API clients as RFC 9457 problem details; client errors say what was wrong, server errors only an id. */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ApiErrors implements JsonErrorResponseBodyProvider<Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @Override
    public Map<String, Object> body(ErrorContext context, HttpResponse<?> response) {
        String incident = ErrorPage.incidentId();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", response.reason());
        problem.put("status", response.code());
        if (response.code() < 500 && context.hasErrors()) {
            problem.put("detail", context.getErrors().get(0).getMessage());
        }
        if (response.code() == 503) {
            LOG.warn("Incident {}: 503 (the database unavailable) on {} ({})", incident,
                    context.getRequest().getPath(), context.getRootCause().map(c -> c.getClass().getName()).orElse("-"));
        } else if (response.code() >= 500) {
            LOG.error("Incident {} on {}", incident, context.getRequest().getPath(), context.getRootCause().orElse(null));
        }
        problem.put("incident", incident);
        return problem;
    }

    @Override
    public String contentType() {
        return "application/problem+json";
    }
}
