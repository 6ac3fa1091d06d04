package org.jiuzhu.admin.intake.web;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.ApplicationNotFound;
import org.jiuzhu.core.application.Applications;
import org.jiuzhu.core.application.Casework;
import org.jiuzhu.core.application.Proofs;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The township's intake. Everyone in the region may read; only a caseworker decides, which {@link Casework}
 * checks. An application outside the actor's region answers the same 403 as one that does not exist.
 */
@Controller("/admin/applications")
@Produces(MediaType.TEXT_HTML)
@Secured({"CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class IntakeController {

    private static final Map<String, String> DONE = Map.of(
            "accepted", "admin.intake.done.accepted", "returned", "admin.intake.done.returned");

    private final Casework casework;
    private final Proofs proofs;
    private final Applications applications;
    private final IntakePages pages;
    private final CsrfTokens csrf;

    IntakeController(Casework casework, Applications applications, Proofs proofs, IntakePages pages, CsrfTokens csrf) {
        this.casework = casework;
        this.proofs = proofs;
        this.applications = applications;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<QueuePage> queue(Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return new ModelAndView<>("admin/intake/queue", pages.queue(actor.scope().code(), casework.queue(actor)));
    }

    @Get("/{id}")
    ModelAndView<DetailPage> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @QueryValue Optional<String> done) {
        Actor actor = Actors.of(authentication);
        Application application = find(authentication, actor, id);
        return new ModelAndView<>("admin/intake/detail", pages.detail(application, casework.decidesIntake(actor),
                Requests.locale(request), Map.of(), "", "", done.map(DONE::get).orElse(null), proofs.of(actor, id)));
    }

    @Post(value = "/{id}/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> accept(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body IntakeForm form) {
        return decide(request, authentication, id, form, "accept", "accepted",
                (actor, ip) -> casework.accept(actor, id, form.seenVersion(), form.note(), ip));
    }

    @Post(value = "/{id}/return", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> giveBack(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @Body IntakeForm form) {
        return decide(request, authentication, id, form, "return", "returned",
                (actor, ip) -> casework.returnForMore(actor, id, form.seenVersion(), form.note(), ip));
    }

    private MutableHttpResponse<?> decide(HttpRequest<?> request, Authentication authentication, long id,
                                          IntakeForm form, String action, String done,
                                          java.util.function.BiFunction<Actor, String, FieldErrors> decision) {
        csrf.verify(request, form.csrfToken());
        Actor actor = Actors.of(authentication);
        FieldErrors errors;
        try {
            errors = decision.apply(actor, Requests.ip(request));
        } catch (ApplicationNotFound e) {
            throw denied(authentication);
        }
        return errors.isEmpty() ? done(id, done) : refused(request, authentication, actor, id, action, errors, form);
    }

    private static MutableHttpResponse<?> done(long id, String what) {
        return HttpResponse.seeOther(URI.create("/admin/applications/" + id + "?done=" + what));
    }

    /** The detail page again, the errors on the form that was sent (its fields are prefixed with the action). */
    private MutableHttpResponse<?> refused(HttpRequest<?> request, Authentication authentication, Actor actor, long id,
                                           String action, FieldErrors errors, IntakeForm form) {
        Application application = find(authentication, actor, id);
        Map<String, String> shown = new LinkedHashMap<>();
        errors.asMap().forEach((field, key) -> shown.put(action + "-" + field, key));
        String note = form.note() == null ? "" : form.note();
        DetailPage page = pages.detail(application, casework.decidesIntake(actor), Requests.locale(request), shown,
                action.equals("accept") ? note : "", action.equals("return") ? note : "", null, proofs.of(actor, id));
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("admin/intake/detail", page));
    }

    private Application find(Authentication authentication, Actor actor, long id) {
        try {
            return applications.find(actor, id).orElseThrow(() -> denied(authentication));
        } catch (ApplicationNotFound e) {
            throw denied(authentication);
        }
    }

    // Outside the scope or absent: the same 403, so staff cannot probe which ids exist elsewhere.
    private static AuthorizationException denied(Authentication authentication) {
        return new AuthorizationException(authentication);
    }
}
