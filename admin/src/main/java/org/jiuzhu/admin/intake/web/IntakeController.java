package org.jiuzhu.admin.intake.web;

import io.micronaut.http.HttpRequest;
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
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.ApplicationStatus;
import org.jiuzhu.core.application.Casework;
import org.jiuzhu.core.chrome.web.Requests;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The applications of the actor's region: the queue, the detail page, and the township's intake decision. Everyone
 * in the region may read; only a caseworker decides, which {@link Casework} checks. An application outside the
 * actor's region answers the same 403 as one that does not exist.
 */
@Controller("/admin/applications")
@Produces(MediaType.TEXT_HTML)
@Secured({"CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class IntakeController {

    private static final Map<String, String> DONE = Map.of(
            "accepted", "admin.intake.done.accepted", "returned", "admin.intake.done.returned",
            "checked", "admin.case.done.checked", "verified", "admin.case.done.verified",
            "visited", "admin.case.done.visited", "appraised", "admin.case.done.appraised",
            "approved", "admin.case.done.approved", "refused", "admin.case.done.refused",
            "reviewed", "admin.case.done.reviewed");

    private final Casework casework;
    private final IntakePages pages;
    private final DetailRenderer detail;

    IntakeController(Casework casework, IntakePages pages, DetailRenderer detail) {
        this.casework = casework;
        this.pages = pages;
        this.detail = detail;
    }

    @Get
    ModelAndView<QueuePage> queue(Authentication authentication, @QueryValue Optional<String> status) {
        Actor actor = Actors.of(authentication);
        Optional<ApplicationStatus> chosen = status.flatMap(IntakeController::status);
        List<Application> shown = casework.queue(actor, chosen.map(EnumSet::of)
                .orElseGet(() -> EnumSet.noneOf(ApplicationStatus.class)));
        return new ModelAndView<>("admin/intake/queue", pages.queue(actor.scope().code(), shown,
                chosen.map(Enum::name).orElse("")));
    }

    /** An unknown value in the filter shows the default queue rather than an error. */
    private static Optional<ApplicationStatus> status(String value) {
        return Arrays.stream(ApplicationStatus.values())
                .filter(s -> s != ApplicationStatus.DRAFT && s.name().equals(value)).findFirst();
    }

    @Get("/{id}")
    ModelAndView<DetailPage> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @QueryValue Optional<String> done) {
        return detail.page(request, authentication, id, Map.of(), Map.of(), done.map(DONE::get).orElse(null));
    }

    @Post(value = "/{id}/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> accept(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        return detail.act(request, authentication, id, form, "accept", "accepted", errors -> casework.accept(
                Actors.of(authentication), id, DetailRenderer.version(form), form.get("note"), Requests.ip(request)));
    }

    @Post(value = "/{id}/return", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> giveBack(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @Body Map<String, String> form) {
        return detail.act(request, authentication, id, form, "return", "returned", errors -> casework.returnForMore(
                Actors.of(authentication), id, DetailRenderer.version(form), form.get("note"), Requests.ip(request)));
    }
}
