package org.jiuzhu.admin.monitoring.web;

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
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.Forms;
import org.jiuzhu.core.monitoring.Conference;
import org.jiuzhu.core.monitoring.Conferences;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/conferences}: the county case conference. Approvers and supervisors put open complex cases on an
 * agenda, then record each decision and its follow-up, which goes to the chosen department as a referral.
 */
@Controller("/admin/conferences")
@Produces(MediaType.TEXT_HTML)
@Secured({"APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ConferenceController {

    static final String CASE = "case-";

    private final Conferences conferences;
    private final ConferencePages pages;
    private final CsrfTokens csrf;
    private final Refusals refusals;

    ConferenceController(Conferences conferences, ConferencePages pages, CsrfTokens csrf, Refusals refusals) {
        this.conferences = conferences;
        this.pages = pages;
        this.csrf = csrf;
        this.refusals = refusals;
    }

    @Get
    ModelAndView<ConferencePages.ListPage> list(HttpRequest<?> request, Authentication authentication) {
        return listPage(request, Actors.of(authentication), Map.of(), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> convene(HttpRequest<?> request, Authentication authentication,
                                   @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        FieldErrors errors = new FieldErrors();
        List<Long> cases = form.entrySet().stream().filter(e -> e.getKey().startsWith(CASE)
                && "yes".equals(e.getValue())).map(e -> e.getKey().substring(CASE.length()))
                .filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
        Conferences.Result result = conferences.convene(actor, new Conferences.Meeting(Forms.date(form.get("on"),
                "on", errors), form.get("place"), form.get("participants")), cases, errors, Requests.ip(request));
        if (result.id() == null) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(listPage(request, actor,
                    result.errors().asMap(), typed(form)));
        }
        return HttpResponse.seeOther(URI.create("/admin/conferences/" + result.id()));
    }

    @Get("/{id}")
    MutableHttpResponse<?> detail(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Nullable @QueryValue String notice) {
        Actor actor = Actors.of(authentication);
        return conferences.find(actor, id).<MutableHttpResponse<?>>map(c -> HttpResponse.ok(detailPage(request, c,
                Map.of(), Map.of(), "decided".equals(notice) ? "admin.conference.notice.decided" : null)))
                .orElseGet(() -> notFound(request));
    }

    @Post(value = "/{id}/cases/{warning}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> decide(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @PathVariable long warning, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        Optional<Conference> conference = conferences.find(actor, id);
        if (conference.isEmpty()) {
            return notFound(request);
        }
        FieldErrors errors = new FieldErrors();
        String due = Forms.text(form.get("due")).strip();
        Department department = Arrays.stream(Department.values()).filter(d -> d.name().equals(form.get("department")))
                .findFirst().orElse(null);
        errors = conferences.decide(actor, id, warning, new Conferences.Decision(form.get("decision"),
                form.get("followUp"), department, due.isEmpty() ? null : Forms.date(due, "due", errors)), errors,
                Requests.ip(request));
        if (!errors.isEmpty()) {
            Map<String, String> typed = typed(form);
            typed.put("warning", String.valueOf(warning));
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(detailPage(request,
                    conferences.find(actor, id).orElse(conference.get()), errors.asMap(), typed, null));
        }
        return HttpResponse.seeOther(URI.create("/admin/conferences/" + id + "?notice=decided"));
    }

    private ModelAndView<ConferencePages.ListPage> listPage(HttpRequest<?> request, Actor actor,
                                                            Map<String, String> errors, Map<String, String> typed) {
        return new ModelAndView<>("admin/monitoring/conferences", pages.list(conferences.of(actor),
                conferences.awaiting(actor), Requests.locale(request), errors, typed));
    }

    private ModelAndView<ConferencePages.DetailPage> detailPage(HttpRequest<?> request, Conference c,
                                                                Map<String, String> errors, Map<String, String> typed,
                                                                String notice) {
        return new ModelAndView<>("admin/monitoring/conference", pages.detail(c, Requests.locale(request), errors,
                typed, notice));
    }

    private static Map<String, String> typed(Map<String, String> form) {
        Map<String, String> typed = new HashMap<>(form);
        typed.remove("csrfToken");
        return typed;
    }

    private MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
    }
}
