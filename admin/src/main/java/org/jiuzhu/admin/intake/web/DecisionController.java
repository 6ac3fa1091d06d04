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
import org.jiuzhu.core.application.Decisions;
import org.jiuzhu.core.application.Review;
import org.jiuzhu.core.application.Reviews;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.eligibility.Category;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.Forms;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The county's decisions: approve with categories and amounts, refuse with reasons, and later review (continue,
 * taper, exit). Approvers only, which the kernel checks.
 */
@Controller("/admin/applications/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured({"CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class DecisionController {

    private final Decisions decisions;
    private final Reviews reviews;
    private final DetailRenderer detail;

    DecisionController(Decisions decisions, Reviews reviews, DetailRenderer detail) {
        this.decisions = decisions;
        this.reviews = reviews;
        this.detail = detail;
    }

    @Post(value = "/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> approve(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                   @Body Map<String, String> form) {
        return detail.act(request, authentication, id, form, "approve", "approved", errors -> decisions.approve(
                Actors.of(authentication), id, DetailRenderer.version(form), new Decisions.Approval(categories(form),
                        supportAmount(form.get("supportAmount"), errors), form.get("note")),
                errors, Requests.ip(request)));
    }

    @Post(value = "/refuse", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> refuse(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        return detail.act(request, authentication, id, form, "refuse", "refused", errors -> decisions.refuse(
                Actors.of(authentication), id, DetailRenderer.version(form), form.get("reasons"), errors,
                Requests.ip(request)));
    }


    @Post(value = "/review", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> review(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        Review.Outcome outcome = Arrays.stream(Review.Outcome.values())
                .filter(o -> o.name().equals(form.get("outcome"))).findFirst().orElse(null);
        return detail.act(request, authentication, id, form, "review", "reviewed", errors -> reviews.review(
                Actors.of(authentication), id, DetailRenderer.version(form), outcome, form.get("reason"), errors,
                Requests.ip(request)));
    }

    /** Checked boxes are sent as {@code category-DIBAO=yes}. */
    private static Set<Category> categories(Map<String, String> form) {
        Set<Category> chosen = EnumSet.noneOf(Category.class);
        Arrays.stream(Category.values()).filter(c -> CaseworkController.yes(form.get("category-" + c.name())))
                .forEach(chosen::add);
        return chosen;
    }

    private static BigDecimal supportAmount(String value, FieldErrors errors) {
        return value == null || value.isBlank() ? null : Forms.decimal(value, "supportAmount", errors);
    }
}
