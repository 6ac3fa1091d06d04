package org.jiuzhu.admin.exchange.api.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.jiuzhu.core.chrome.Messages;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Problem details (RFC 9457) for refused API calls, the detail in the caller's language. */
@Singleton
class ApiProblems {

    private final Messages messages;

    ApiProblems(Messages messages) {
        this.messages = messages;
    }

    HttpResponse<?> of(HttpStatus status, String key, Locale locale) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReason());
        problem.put("status", status.getCode());
        problem.put("detail", messages.get(locale, key));
        return HttpResponse.status(status).contentType("application/problem+json").body(problem);
    }
}
