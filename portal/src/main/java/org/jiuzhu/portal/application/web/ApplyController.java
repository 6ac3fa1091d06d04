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
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.DraftStep;
import org.jiuzhu.core.application.Drafts;
import org.jiuzhu.core.application.PlaceTaken;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** Starting or resuming the application, and its first step: where the household lives. */
@Controller("/apply")
@Produces(MediaType.TEXT_HTML)
@Secured({"RESIDENT", "VILLAGE_OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ApplyController {

    private final Drafts drafts;
    private final Editing editing;
    private final ApplyViews views;
    private final CsrfTokens csrf;

    ApplyController(Drafts drafts, Editing editing, ApplyViews views, CsrfTokens csrf) {
        this.drafts = drafts;
        this.editing = editing;
        this.views = views;
        this.csrf = csrf;
    }

    /** Resumes where the resident left off, shows the submitted application, or offers to start one. */
    @Get
    @Secured("RESIDENT")
    MutableHttpResponse<?> start(Authentication authentication) {
        Optional<Application> current = drafts.current(Actors.of(authentication));
        if (current.isEmpty()) {
            return HttpResponse.ok(new ModelAndView<>("portal/application/start", new ApplyPages.StartPage(false)));
        }
        Application a = current.get();
        if (!a.status().editable()) {
            return Editing.seeOther("/applications/" + a.id());
        }
        String next = Arrays.stream(DraftStep.values()).filter(s -> !a.stepsDone().contains(s)).findFirst()
                .map(DraftStep::path).orElse("authorizations");
        return Editing.seeOther("/apply/" + a.id() + "/" + next);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("RESIDENT")
    MutableHttpResponse<?> begin(HttpRequest<?> request, Authentication authentication, @Body ApplyForms.Token form) {
        csrf.verify(request, form.csrfToken());
        Actor actor = Actors.of(authentication);
        try {
            Drafts.Started started = drafts.start(actor, actor.scope().code(), Requests.ip(request));
            return Editing.seeOther("/apply/" + started.application().id() + "/household");
        } catch (PlaceTaken elsewhere) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(new ModelAndView<>("portal/application/start", new ApplyPages.StartPage(true)));
        }
    }

    @Get("/{id}/household")
    MutableHttpResponse<?> household(Authentication authentication, @PathVariable long id) {
        return editing.draft(authentication, id).<MutableHttpResponse<?>>map(a -> HttpResponse.ok(householdPage(a, a.stepsDone()
                .contains(DraftStep.HOUSEHOLD) ? (a.urban() ? "urban" : "rural") : "", Map.of())))
                .orElseGet(() -> Editing.seeOther("/applications/" + id));
    }

    @Post(value = "/{id}/household", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> saveHousehold(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                         @Body ApplyForms.Household form) {
        csrf.verify(request, form.csrfToken());
        Application a = editing.load(authentication, id);
        Boolean urban = "urban".equals(form.area()) ? Boolean.TRUE : "rural".equals(form.area()) ? Boolean.FALSE : null;
        FieldErrors errors = drafts.household(Actors.of(authentication), id, urban, Requests.ip(request));
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(householdPage(a, "", errors.asMap()));
        }
        return Editing.seeOther("/apply/" + id + "/members");
    }

    private ModelAndView<ApplyPages.HouseholdPage> householdPage(Application a, String area, Map<String, String> errors) {
        return new ModelAndView<>("portal/application/household",
                new ApplyPages.HouseholdPage(a.id(), views.steps(a, "household"), views.regionName(a), area, errors));
    }
}
