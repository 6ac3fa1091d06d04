package org.jiuzhu.portal.complaint.web;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.complaint.Tracking;
import org.jiuzhu.core.form.FieldErrors;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** A resident's own complaints, filed while logged in: the list, each one's stages and reply, and the rating. */
@Controller("/complaints/mine")
@Produces(MediaType.TEXT_HTML)
@Secured("RESIDENT")
@ExecuteOn(TaskExecutors.BLOCKING)
class MyComplaintsController {

    private final Tracking tracking;
    private final ComplaintPages pages;
    private final CsrfTokens csrf;
    private final Refusals refusals;

    MyComplaintsController(Tracking tracking, ComplaintPages pages, CsrfTokens csrf, Refusals refusals) {
        this.tracking = tracking;
        this.pages = pages;
        this.csrf = csrf;
        this.refusals = refusals;
    }

    @Get
    ModelAndView<ComplaintPages.MinePage> list(Authentication authentication) {
        return new ModelAndView<>("portal/complaint/mine",
                pages.mine(tracking.mine(Actors.of(authentication))));
    }

    @Get("/{id}")
    MutableHttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                @QueryValue @Nullable String notice) {
        Optional<Tracking.View> view = tracking.own(Actors.of(authentication), id);
        if (view.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return HttpResponse.ok(new ModelAndView<>("portal/complaint/view",
                pages.view(view.get(), "/complaints/mine/" + id + "/rate", Map.of(), notice)));
    }

    @Post(value = "/{id}/rate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> rate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor resident = Actors.of(authentication);
        Optional<Tracking.View> view = tracking.own(resident, id);
        if (view.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        FieldErrors errors = tracking.rate(resident, id, Forms.version(form), form.get("satisfaction"),
                form.get("comment"), Requests.ip(request));
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("portal/complaint/view",
                    pages.view(view.get(), "/complaints/mine/" + id + "/rate", errors.asMap(), null)));
        }
        return HttpResponse.seeOther(URI.create("/complaints/mine/" + id + "?notice=rated"));
    }
}
