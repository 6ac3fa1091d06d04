package org.jiuzhu.matching.need.web;

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
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.matching.need.NeedRequest;
import org.jiuzhu.matching.need.NeedNotFound;
import org.jiuzhu.matching.need.Needs;
import org.jiuzhu.matching.web.Ticks;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A resident shares a need with charities: the form, a preview of exactly what charities will read with the
 * separate consent, the sharing itself, and revocation.
 */
@Controller("/charity-help")
@Produces(MediaType.TEXT_HTML)
@Secured("RESIDENT")
@ExecuteOn(TaskExecutors.BLOCKING)
class SharingController {

    private static final Map<String, String> DONE = Map.of("shared", "matching.need.done.shared",
            "revoked", "matching.need.done.revoked");

    private final Needs needs;
    private final SharingPages pages;
    private final CsrfTokens csrf;

    SharingController(Needs needs, SharingPages pages, CsrfTokens csrf) {
        this.needs = needs;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<SharingPages.SharingPage> show(Authentication authentication, @QueryValue Optional<String> done) {
        return page(Actors.of(authentication), Map.of(), Map.of(), done.map(DONE::get).orElse(null));
    }

    @Post(value = "/preview", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> preview(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        Needs.Checked checked = needs.preview(actor, request(form));
        if (!checked.errors().isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(actor, checked.errors().asMap(), form, null));
        }
        return HttpResponse.ok(new ModelAndView<>("matching/need/preview", pages.preview(checked.need(), form)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> share(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        if (!"yes".equals(form.get("consent"))) {
            Needs.Checked checked = needs.preview(actor, request(form));
            if (checked.errors().isEmpty()) {
                return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>(
                        "matching/need/preview", pages.preview(checked.need(), form)
                                .withError("consent", "matching.need.error.consent")));
            }
        }
        Needs.Checked shared = needs.share(actor, request(form), Requests.ip(request));
        if (!shared.errors().isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(actor, shared.errors().asMap(), form, null));
        }
        return HttpResponse.seeOther(URI.create("/charity-help?done=shared"));
    }

    @Post(value = "/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> revoke(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        long version;
        try {
            version = Long.parseLong(form.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        FieldErrors errors;
        try {
            errors = needs.revoke(actor, id, version, Requests.ip(request));
        } catch (NeedNotFound e) {
            throw new AuthorizationException(authentication);
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(actor, errors.asMap(), Map.of(), null));
        }
        return HttpResponse.seeOther(URI.create("/charity-help?done=revoked"));
    }

    private static NeedRequest request(Map<String, String> form) {
        return new NeedRequest(form.get("member"), form.get("aidKind"), form.get("text"), form.get("urgency"),
                Ticks.of(form, SharingPages.TARGET));
    }

    private ModelAndView<SharingPages.SharingPage> page(Actor actor, Map<String, String> errors,
                                                        Map<String, String> typed, String notice) {
        Map<String, String> shown = new HashMap<>(typed);
        shown.remove("csrfToken");
        return new ModelAndView<>("matching/need/sharing", pages.sharing(actor, errors, shown, notice));
    }
}
