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
import org.jiuzhu.core.application.Drafts;
import org.jiuzhu.core.application.Finances;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;

import java.util.Map;

/** The income and assets step: one amount per kind, blank meaning none. */
@Controller("/apply/{id}/finances")
@Produces(MediaType.TEXT_HTML)
@Secured({"RESIDENT", "VILLAGE_OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class MoneyController {

    private final Drafts drafts;
    private final Editing editing;
    private final ApplyViews views;
    private final CsrfTokens csrf;

    MoneyController(Drafts drafts, Editing editing, ApplyViews views, CsrfTokens csrf) {
        this.drafts = drafts;
        this.editing = editing;
        this.views = views;
        this.csrf = csrf;
    }

    @Get
    MutableHttpResponse<?> form(Authentication authentication, @PathVariable long id) {
        return editing.draft(authentication, id)
                .<MutableHttpResponse<?>>map(a -> HttpResponse.ok(page(a, MoneyFields.fromStored(a.finances()), Map.of())))
                .orElseGet(() -> Editing.seeOther("/applications/" + id));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> save(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                @Body ApplyForms.Finances form) {
        csrf.verify(request, form.csrfToken());
        Application a = editing.load(authentication, id);
        FieldErrors errors = new FieldErrors();
        Finances finances = MoneyFields.parse(form, errors);
        if (errors.isEmpty()) {
            errors = drafts.finances(Actors.of(authentication), id, finances, Requests.ip(request));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(a, MoneyFields.typed(form), errors.asMap()));
        }
        return Editing.seeOther("/apply/" + id + "/needs");
    }

    private ModelAndView<ApplyPages.FinancesPage> page(Application a, MoneyFields.Typed typed, Map<String, String> errors) {
        return new ModelAndView<>("portal/application/finances", new ApplyPages.FinancesPage(a.id(),
                views.steps(a, "finances"), typed.incomes(), typed.expenses(), typed.workCosts(), typed.assets(),
                typed.vehicle(), typed.secondHome(), errors));
    }
}
