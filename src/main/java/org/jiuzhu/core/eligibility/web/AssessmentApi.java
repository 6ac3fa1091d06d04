package org.jiuzhu.core.eligibility.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.security.rules.SecurityRule;
import org.jiuzhu.core.chrome.Messages;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.eligibility.Assessment;
import org.jiuzhu.core.eligibility.Assessments;
import org.jiuzhu.core.eligibility.Household;
import org.jiuzhu.core.form.FieldErrors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/v1/assessments}: which categories and special aids a household may fall in, why, and what to
 * bring, under the settings in effect in its region. JSON only, so a cross-site form cannot call it; computing an
 * assessment changes nothing and stores nothing.
 */
@Controller("/api/v1/assessments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AssessmentApi {

    private final Assessments assessments;
    private final AssessmentTexts texts;
    private final Messages messages;

    AssessmentApi(Assessments assessments, AssessmentTexts texts, Messages messages) {
        this.assessments = assessments;
        this.texts = texts;
        this.messages = messages;
    }

    @Post
    @Operation(summary = "Assess a household",
            description = "Categories (DIBAO, EXTREME_HARDSHIP, DIBAO_MARGINAL, RIGID_EXPENSE, OTHER_HARDSHIP), special "
                    + "aids, reasons and documents, under the regional settings in effect; the response names the "
                    + "settings version used. Texts are Chinese unless the jiuzhu-lang cookie says en.")
    @ApiResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResponse.class)))
    @ApiResponse(responseCode = "400", description = "Problem details; errors[] names each bad field, e.g. members[0].age",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "Not logged in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    HttpResponse<?> assess(HttpRequest<?> request, @Body AssessmentRequest body) {
        Locale locale = Requests.locale(request);
        FieldErrors errors = new FieldErrors();
        if (body.regionCode() == null || body.regionCode().isBlank()) {
            errors.add("regionCode", "core.api.error.regionCode");
        }
        Household household = HouseholdInput.toHousehold(body, errors);
        if (!errors.isEmpty()) {
            return problem(errors, locale);
        }
        Optional<Assessment> assessment = assessments.assess(household, body.regionCode());
        if (assessment.isEmpty()) {
            return problem(new FieldErrors().add("regionCode", "core.api.error.noSettings"), locale);
        }
        return HttpResponse.ok(texts.response(assessment.get(), locale));
    }

    private HttpResponse<?> problem(FieldErrors errors, Locale locale) {
        List<Map<String, String>> fields = new ArrayList<>();
        errors.asMap().forEach((field, key) -> fields.add(Map.of("field", field, "message", messages.get(locale, key))));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Bad Request");
        problem.put("status", 400);
        problem.put("detail", fields.get(0).get("field") + ": " + fields.get(0).get("message"));
        problem.put("errors", fields);
        return HttpResponse.status(HttpStatus.BAD_REQUEST).contentType("application/problem+json").body(problem);
    }
}
