package org.jiuzhu.matching.api.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.jiuzhu.core.chrome.Messages;
import org.jiuzhu.core.form.FieldErrors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Problem details (RFC 9457) for refused requests: 400 when fields are wrong, each named in {@code errors[]}; 422
 * when the input is fine but the state refuses it (an unverified organization publishing, too many shared needs).
 */
@Singleton
class Problems {

    static final String TYPE = "application/problem+json";

    private final Messages messages;

    Problems(Messages messages) {
        this.messages = messages;
    }

    HttpResponse<?> of(FieldErrors errors, Locale locale) {
        boolean stateOnly = errors.asMap().keySet().stream().allMatch("state"::equals);
        HttpStatus status = stateOnly ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_REQUEST;
        List<Map<String, String>> fields = new ArrayList<>();
        errors.asMap().forEach((field, key) -> fields.add(Map.of("field", field, "message", messages.get(locale, key))));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReason());
        problem.put("status", status.getCode());
        problem.put("detail", fields.get(0).get("message"));
        problem.put("errors", fields);
        return HttpResponse.status(status).contentType(TYPE).body(problem);
    }

    HttpResponse<?> notFound(Locale locale) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.NOT_FOUND.getReason());
        problem.put("status", HttpStatus.NOT_FOUND.getCode());
        problem.put("detail", messages.get(locale, "matching.api.error.notFound"));
        return HttpResponse.status(HttpStatus.NOT_FOUND).contentType(TYPE).body(problem);
    }

    HttpResponse<?> field(String field, String key, Locale locale) {
        return of(new FieldErrors().add(field, key), locale);
    }
}
