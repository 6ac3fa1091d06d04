package org.jiuzhu.admin.intake.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Appraisal;
import org.jiuzhu.core.application.CheckSource;
import org.jiuzhu.core.application.Fieldwork;
import org.jiuzhu.core.application.HomeVisit;
import org.jiuzhu.core.application.Verification;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.Forms;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

/**
 * The township's stages after acceptance: checks under the members' authorizations, the verification conclusion,
 * the home visit and the democratic appraisal. The kernel decides who may act and when; this only reads the forms.
 */
@Controller("/admin/applications/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured({"CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseworkController {

    private final Verification verification;
    private final Fieldwork fieldwork;
    private final DetailRenderer detail;

    CaseworkController(Verification verification, Fieldwork fieldwork, DetailRenderer detail) {
        this.verification = verification;
        this.fieldwork = fieldwork;
        this.detail = detail;
    }

    @Post(value = "/checks", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> check(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                 @Body Map<String, String> form) {
        return detail.act(request, authentication, id, form, "check", "checked", errors -> verification.check(
                Actors.of(authentication), id, new Verification.CheckEntry(position(form.get("member")),
                        source(form.get("source")), form.get("purpose"),
                        optionalAmount(form.get("monthlyIncome"), "monthlyIncome", errors),
                        optionalAmount(form.get("assets"), "assets", errors), form.get("finding")),
                errors, Requests.ip(request)));
    }

    @Post(value = "/verification", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> complete(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @Body Map<String, String> form) {
        return detail.act(request, authentication, id, form, "verify", "verified", errors -> verification.complete(
                Actors.of(authentication), id, DetailRenderer.version(form), new Verification.Conclusion(
                        Forms.decimal(form.get("monthlyIncome"), "monthlyIncome", errors),
                        Forms.decimal(form.get("financialAssets"), "financialAssets", errors),
                        yes(form.get("vehicle")), yes(form.get("secondHome")), form.get("note")),
                errors, Requests.ip(request)));
    }

    @Post(value = "/verification/reuse", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> reuse(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                 @Body Map<String, String> form) {
        return detail.act(request, authentication, id, form, "reuse", "verified", errors -> verification.reuse(
                Actors.of(authentication), id, DetailRenderer.version(form), Requests.ip(request)));
    }

    @Post(value = "/home-visit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> visit(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                 @Body Map<String, String> form) {
        return detail.act(request, authentication, id, form, "visit", "visited", errors -> fieldwork.recordVisit(
                Actors.of(authentication), id, DetailRenderer.version(form), new HomeVisit(
                        Forms.date(form.get("visitedOn"), "visitedOn", errors), Forms.text(form.get("visitors")),
                        Forms.text(form.get("findings")), yes(form.get("matches"))),
                errors, Requests.ip(request)));
    }

    @Post(value = "/appraisal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> appraise(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @Body Map<String, String> form) {
        return detail.act(request, authentication, id, form, "appraisal", "appraised", errors -> fieldwork.recordAppraisal(
                Actors.of(authentication), id, DetailRenderer.version(form), new Appraisal(
                        Forms.date(form.get("heldOn"), "heldOn", errors),
                        Forms.integer(form.get("participants"), "participants", errors),
                        Forms.integer(form.get("inFavour"), "inFavour", errors),
                        Forms.integer(form.get("against"), "against", errors), Forms.text(form.get("appraisalNote"))),
                errors, Requests.ip(request)));
    }


    private static int position(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static CheckSource source(String value) {
        return Arrays.stream(CheckSource.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
    }

    /** Empty means the source reported no such figure. */
    private static BigDecimal optionalAmount(String value, String field, FieldErrors errors) {
        return value == null || value.isBlank() ? null : Forms.decimal(value, field, errors);
    }

    static boolean yes(String value) {
        return "yes".equals(value);
    }
}
