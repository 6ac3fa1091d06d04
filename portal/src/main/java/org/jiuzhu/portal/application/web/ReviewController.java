package org.jiuzhu.portal.application.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.PlaceTaken;
import org.jiuzhu.core.application.Submissions;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.chrome.Messages;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.eligibility.Assessment;
import org.jiuzhu.core.eligibility.Assessments;
import org.jiuzhu.core.eligibility.web.AssessmentTexts;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The last page: everything at a glance, the system's estimate, the honest-declaration pledge, and submit. */
@Controller("/apply/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured({"RESIDENT", "VILLAGE_OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewController {

    private final Submissions submissions;
    private final Assessments assessments;
    private final AssessmentTexts texts;
    private final Messages messages;
    private final Editing editing;
    private final ApplyViews views;
    private final CsrfTokens csrf;

    ReviewController(Submissions submissions, Assessments assessments, AssessmentTexts texts, Messages messages,
                     Editing editing, ApplyViews views, CsrfTokens csrf) {
        this.submissions = submissions;
        this.assessments = assessments;
        this.texts = texts;
        this.messages = messages;
        this.editing = editing;
        this.views = views;
        this.csrf = csrf;
    }

    @Get("/review")
    MutableHttpResponse<?> review(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        return editing.draft(authentication, id)
                .<MutableHttpResponse<?>>map(a -> HttpResponse.ok(page(a, Requests.locale(request), Map.of())))
                .orElseGet(() -> Editing.seeOther("/applications/" + id));
    }

    @Post(value = "/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> submit(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body ApplyForms.Submit form) {
        csrf.verify(request, form.csrfToken());
        Submissions.Outcome outcome;
        try {
            outcome = submissions.submit(Actors.of(authentication), id, ApplyForms.yes(form.pledge()),
                    form.submissionToken(), Requests.ip(request));
        } catch (PlaceTaken raced) {
            outcome = new Submissions.Outcome(null,
                    new FieldErrors().add("pledge", "core.application.error.member.elsewhere"));
        }
        if (outcome.submitted()) {
            return Editing.seeOther("/applications/" + outcome.application().id() + "?submitted=1");
        }
        Application a = editing.load(authentication, id);
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(page(a, Requests.locale(request), outcome.errors().asMap()));
    }

    private ModelAndView<ApplyPages.ReviewPage> page(Application a, Locale locale, Map<String, String> errors) {
        Optional<Assessment> estimate = a.members().isEmpty() ? Optional.empty()
                : assessments.assess(a.household(), a.regionCode());
        List<ApplyPages.Finding> findings = estimate.map(e -> e.categories().stream().map(c -> new ApplyPages.Finding(
                c.category().messageKey(), c.reasons().stream().map(r -> texts.sentence(r, locale)).toList())).toList())
                .orElse(List.of());
        String amount = estimate.map(Assessment::estimatedMonthlyDibao)
                .map(v -> v.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse(null);
        return new ModelAndView<>("portal/application/review", new ApplyPages.ReviewPage(a.id(), views.steps(a, "review"),
                a.complete(), views.members(a), moneyLines(a, locale), findings, amount, a.hardship(), a.bankName(),
                a.maskedBankAccount(), submissions.newToken(), errors, a.proxied()));
    }

    private List<String> moneyLines(Application a, Locale locale) {
        List<String> lines = new ArrayList<>();
        a.finances().incomes().forEach(i -> lines.add(messages.get(locale, "portal.apply.review.income",
                messages.get(locale, "core.income." + i.kind().name().toLowerCase(Locale.ROOT)), i.monthly().toPlainString())));
        a.finances().expenses().forEach(e -> lines.add(messages.get(locale, "portal.apply.review.expense",
                messages.get(locale, "core.expense." + e.kind().name().toLowerCase(Locale.ROOT)), e.yearly().toPlainString())));
        lines.add(messages.get(locale, "portal.apply.review.assets", a.finances().financialAssets().toPlainString()));
        return lines;
    }
}
