package org.jiuzhu.portal.selfcheck.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.eligibility.Assessment;
import org.jiuzhu.core.eligibility.Assessments;
import org.jiuzhu.core.eligibility.Household;
import org.jiuzhu.core.eligibility.web.AssessmentTexts;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.region.web.VillageChoices;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Controller("/self-check")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SelfCheckController {

    private final Assessments assessments;
    private final AssessmentTexts texts;
    private final VillageChoices villages;
    private final CsrfTokens csrf;

    SelfCheckController(Assessments assessments, AssessmentTexts texts, VillageChoices villages, CsrfTokens csrf) {
        this.assessments = assessments;
        this.texts = texts;
        this.villages = villages;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<SelfCheckPages.FormPage> form() {
        return formPage(SelfCheckForm.empty(), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> check(HttpRequest<?> request, @Body SelfCheckForm answers) {
        csrf.verify(request, answers.csrfToken());
        FieldErrors errors = new FieldErrors();
        if (answers.regionCode() == null || answers.regionCode().isBlank()) {
            errors.add("regionCode", "core.registration.error.region");
        }
        Household household = SelfCheckHousehold.from(answers, errors);
        Optional<Assessment> assessment = errors.isEmpty() ? assessments.assess(household, answers.regionCode()) : Optional.empty();
        if (errors.isEmpty() && assessment.isEmpty()) {
            errors.add("regionCode", "portal.selfcheck.error.noSettings");
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(answers, errors.asMap()));
        }
        return HttpResponse.ok(new ModelAndView<>("portal/selfcheck/result", result(assessment.get(), Requests.locale(request))));
    }

    private ModelAndView<SelfCheckPages.FormPage> formPage(SelfCheckForm answers, Map<String, String> errors) {
        return new ModelAndView<>("portal/selfcheck/form",
                new SelfCheckPages.FormPage(answers, errors, villages.groups(answers.regionCode())));
    }

    private SelfCheckPages.ResultPage result(Assessment a, Locale locale) {
        List<SelfCheckPages.Finding> categories = a.categories().stream().map(c -> new SelfCheckPages.Finding(
                c.category().messageKey(), c.reasons().stream().map(r -> texts.sentence(r, locale)).toList())).toList();
        List<SelfCheckPages.Finding> aids = a.aids().stream().map(aid -> new SelfCheckPages.Finding(
                aid.aid().messageKey(), aid.reasons().stream().map(r -> texts.sentence(r, locale)).toList())).toList();
        Set<String> documents = new LinkedHashSet<>();
        a.categories().forEach(c -> documents.addAll(c.documents()));
        a.aids().forEach(aid -> documents.addAll(aid.documents()));
        return new SelfCheckPages.ResultPage(categories, aids, List.copyOf(documents), money(a.perCapitaMonthlyIncome()),
                money(a.dibaoStandard()), a.estimatedMonthlyDibao() == null ? null : money(a.estimatedMonthlyDibao()),
                a.medicalAidRatio(), a.notes().stream().map(r -> texts.sentence(r, locale)).toList(), a.settingsVersion());
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
