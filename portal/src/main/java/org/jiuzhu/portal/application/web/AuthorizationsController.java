package org.jiuzhu.portal.application.web;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.Authorizations;
import org.jiuzhu.core.application.CheckSource;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The authorization step: each member (a guardian for a minor) signs the consent to check income and assets. */
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured({"RESIDENT", "VILLAGE_OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthorizationsController {

    private final Authorizations authorizations;
    private final Editing editing;
    private final AuthorizationViews views;
    private final CsrfTokens csrf;

    AuthorizationsController(Authorizations authorizations, Editing editing, AuthorizationViews views, CsrfTokens csrf) {
        this.authorizations = authorizations;
        this.editing = editing;
        this.views = views;
        this.csrf = csrf;
    }

    @Get("/apply/{id}/authorizations")
    MutableHttpResponse<?> list(Authentication authentication, @PathVariable long id) {
        Actor actor = Actors.of(authentication);
        return editing.draft(authentication, id)
                .<MutableHttpResponse<?>>map(a -> HttpResponse.ok(views.page(actor, a, -1, Map.of())))
                .orElseGet(() -> Editing.seeOther("/applications/" + id));
    }

    @Post(value = "/apply/{id}/authorizations", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> sign(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        Application application = editing.load(authentication, id);
        int position = position(form.get("position"));
        Set<CheckSource> sources = EnumSet.noneOf(CheckSource.class);
        for (CheckSource source : CheckSource.values()) {
            if ("yes".equals(form.get("source-" + source.name()))) {
                sources.add(source);
            }
        }
        FieldErrors errors = authorizations.sign(actor, id, position, form.get("signerName"), form.get("lastDigits"),
                sources, Requests.ip(request));
        if (!errors.isEmpty()) {
            Map<String, String> shown = new LinkedHashMap<>();
            errors.asMap().forEach((field, key) -> shown.put(field + "-" + position, key));
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(views.page(actor, application, position, shown));
        }
        return Editing.seeOther("/apply/" + id + "/authorizations");
    }

    /** Carries a member's still valid authorization over from the applicant's earlier application. */
    @Post(value = "/apply/{id}/authorizations/reuse", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> reuse(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                 @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        int position = position(form.get("position"));
        FieldErrors errors = authorizations.reuse(actor, id, position, Requests.ip(request));
        if (!errors.isEmpty()) {
            Map<String, String> shown = new LinkedHashMap<>();
            errors.asMap().forEach((field, key) -> shown.put(field + "-" + position, key));
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(views.page(actor, editing.load(authentication, id), position, shown));
        }
        return Editing.seeOther("/apply/" + id + "/authorizations");
    }

    @Post(value = "/applications/{id}/authorizations/{authorizationId}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> revoke(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @PathVariable long authorizationId, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        FieldErrors errors = authorizations.revoke(Actors.of(authentication), id, authorizationId, Requests.ip(request));
        return Editing.seeOther("/applications/" + id + (errors.isEmpty() ? "?revoked=1" : "?notRevoked=1"));
    }

    private static int position(@Nullable String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
