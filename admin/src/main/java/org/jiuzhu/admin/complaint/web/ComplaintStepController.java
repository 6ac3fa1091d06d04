package org.jiuzhu.admin.complaint.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.complaint.ComplaintDesk;
import org.jiuzhu.core.complaint.Dispatch;
import org.jiuzhu.core.complaint.Extensions;
import org.jiuzhu.core.complaint.Handling;
import org.jiuzhu.core.form.FieldErrors;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The workflow's steps from a complaint's page. Each answers 303 back to the page on success, or the page again with
 * the error (422); whether the reader may take the step is decided in the kernel, not here.
 */
@Controller("/admin/complaints/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured({"OPERATOR", "SUPERVISOR", "CASEWORKER", "APPROVER", "DEPARTMENT"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ComplaintStepController {

    private interface Step {
        FieldErrors take(Actor actor, long version, Map<String, String> form, String ip);
    }

    private final Dispatch dispatch;
    private final Handling handling;
    private final Extensions extensions;
    private final ComplaintDesk desk;
    private final ComplaintViews views;
    private final CsrfTokens csrf;
    private final Refusals refusals;

    ComplaintStepController(Dispatch dispatch, Handling handling, Extensions extensions, ComplaintDesk desk,
                            ComplaintViews views, CsrfTokens csrf, Refusals refusals) {
        this.dispatch = dispatch;
        this.handling = handling;
        this.extensions = extensions;
        this.desk = desk;
        this.views = views;
        this.csrf = csrf;
        this.refusals = refusals;
    }

    @Post(value = "/dispatch", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> dispatch(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @Body Map<String, String> form) {
        return take(request, authentication, id, form, "dispatched", (actor, version, f, ip) ->
                dispatch.dispatch(actor, id, version, f.get("office"), f.get("note"), ip));
    }

    @Post(value = "/sign", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> sign(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                @Body Map<String, String> form) {
        return take(request, authentication, id, form, "signed", (actor, version, f, ip) ->
                handling.sign(actor, id, version, ip));
    }

    @Post(value = "/return", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> giveBack(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @Body Map<String, String> form) {
        return take(request, authentication, id, form, "returned", (actor, version, f, ip) ->
                handling.giveBack(actor, id, version, f.get("reason"), ip));
    }

    @Post(value = "/reply", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> reply(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                 @Body Map<String, String> form) {
        return take(request, authentication, id, form, "replied", (actor, version, f, ip) ->
                handling.reply(actor, id, version, f.get("reply"), ip));
    }

    @Post(value = "/extension", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> askExtension(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                        @Body Map<String, String> form) {
        return take(request, authentication, id, form, "asked", (actor, version, f, ip) ->
                handling.askExtension(actor, id, f.get("days"), f.get("extensionReason"), ip));
    }

    @Post(value = "/extension/decision", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> decide(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        return take(request, authentication, id, form, "decided", (actor, version, f, ip) ->
                extensions.decide(actor, id, number(f.get("extension")), "approve".equals(f.get("decision")),
                        f.get("decisionNote"), ip));
    }

    @Post(value = "/follow-up", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> followUp(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @Body Map<String, String> form) {
        return take(request, authentication, id, form, "followed", (actor, version, f, ip) ->
                dispatch.followUp(actor, id, version, f.get("result"), f.get("followUpNote"), ip));
    }

    private MutableHttpResponse<?> take(HttpRequest<?> request, Authentication authentication, long id,
                                        Map<String, String> form, String done, Step step) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        if (desk.find(actor, id).isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        FieldErrors errors = step.take(actor, version(form), form, Requests.ip(request));
        if (errors.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/admin/complaints/" + id + "?done=" + done));
        }
        Optional<ComplaintDesk.Detail> detail = desk.find(actor, id);
        if (detail.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("admin/complaint/detail",
                views.detail(actor, detail.get(), "", errors.asMap(), form, null)));
    }

    private static long version(Map<String, String> form) {
        return number(form.get("version"));
    }

    /** A hidden number the page sent back; -1, matching nothing, when missing or garbled. */
    private static long number(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
