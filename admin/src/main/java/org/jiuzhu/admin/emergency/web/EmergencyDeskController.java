package org.jiuzhu.admin.emergency.web;

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
import org.jiuzhu.core.emergency.Emergencies;
import org.jiuzhu.core.emergency.EmergencyNotFound;
import org.jiuzhu.core.emergency.EmergencyRequest;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.Forms;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Emergency requests of the actor's region; a request elsewhere answers 403 like one that does not exist. */
@Controller("/admin/emergencies")
@Produces(MediaType.TEXT_HTML)
@Secured({"CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class EmergencyDeskController {

    private static final Map<String, String> DONE = Map.of("aided", "admin.emergency.done.aided",
            "documented", "admin.emergency.done.documented", "closed", "admin.emergency.done.closed");

    private final Emergencies emergencies;
    private final EmergencyPages pages;
    private final CsrfTokens csrf;

    EmergencyDeskController(Emergencies emergencies, EmergencyPages pages, CsrfTokens csrf) {
        this.emergencies = emergencies;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<EmergencyPages.ListPage> list(Authentication authentication) {
        return new ModelAndView<>("admin/emergency/list", pages.list(emergencies.open(Actors.of(authentication))));
    }

    @Get("/{id}")
    ModelAndView<EmergencyPages.DetailPage> show(Authentication authentication, @PathVariable long id,
                                                 @QueryValue Optional<String> done) {
        return detail(authentication, id, "", Map.of(), Map.of(), done.map(DONE::get).orElse(null));
    }

    /** Shows the full phone number so the caseworker can call back; audited by the kernel. */
    @Post(value = "/{id}/phone", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<EmergencyPages.DetailPage> phone(HttpRequest<?> request, Authentication authentication,
                                                  @PathVariable long id, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        String phone = emergencies.revealPhone(Actors.of(authentication), id, Requests.ip(request))
                .orElseThrow(() -> new AuthorizationException(authentication));
        return detail(authentication, id, phone, Map.of(), Map.of(), null);
    }

    @Post(value = "/{id}/aid", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> aid(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Body Map<String, String> form) {
        return act(request, authentication, id, form, "aid", "aided", errors -> emergencies.aid(
                Actors.of(authentication), id, version(form), form.get("idNumber"),
                Forms.decimal(form.get("amount"), "amount", errors), form.get("note"), errors, Requests.ip(request)));
    }

    @Post(value = "/{id}/document", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> document(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @Body Map<String, String> form) {
        return act(request, authentication, id, form, "document", "documented", errors -> emergencies.document(
                Actors.of(authentication), id, version(form), form.get("note"), errors, Requests.ip(request)));
    }

    @Post(value = "/{id}/close", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> close(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                 @Body Map<String, String> form) {
        return act(request, authentication, id, form, "close", "closed", errors -> emergencies.close(
                Actors.of(authentication), id, version(form), form.get("note"), errors, Requests.ip(request)));
    }

    private MutableHttpResponse<?> act(HttpRequest<?> request, Authentication authentication, long id,
                                       Map<String, String> form, String name, String done,
                                       Function<FieldErrors, FieldErrors> action) {
        csrf.verify(request, form.get("csrfToken"));
        FieldErrors errors;
        try {
            errors = action.apply(new FieldErrors());
        } catch (EmergencyNotFound e) {
            throw new AuthorizationException(authentication);
        }
        if (errors.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/admin/emergencies/" + id + "?done=" + done));
        }
        Map<String, String> shown = new LinkedHashMap<>();
        errors.asMap().forEach((field, key) -> shown.put(key.endsWith(".notNow") || key.endsWith(".changed")
                ? "state" : name + "-" + field, key));
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((field, value) -> typed.put(name + "-" + field, value));
        typed.remove(name + "-csrfToken");
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(detail(authentication, id, "", shown, typed, null));
    }

    private ModelAndView<EmergencyPages.DetailPage> detail(Authentication authentication, long id, String fullPhone,
                                                           Map<String, String> errors, Map<String, String> typed,
                                                           String doneKey) {
        Actor actor = Actors.of(authentication);
        EmergencyRequest request = emergencies.find(actor, id)
                .orElseThrow(() -> new AuthorizationException(authentication));
        return new ModelAndView<>("admin/emergency/detail",
                pages.detail(request, emergencies.handles(actor), fullPhone, errors, typed, doneKey));
    }

    private static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
