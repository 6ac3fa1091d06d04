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
import org.jiuzhu.admin.monitoring.Rules;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.monitoring.Level;
import org.jiuzhu.core.monitoring.Outcome;
import org.jiuzhu.core.monitoring.Warning;
import org.jiuzhu.core.monitoring.WarningKind;
import org.jiuzhu.core.monitoring.Warnings;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/warnings}: the warnings of the actor's region (a department's staff: those routed to the department),
 * open ones first by level; a warning's reasons; recording what checking it found, which closes it.
 */
@Controller("/admin/warnings")
@Produces(MediaType.TEXT_HTML)
@Secured({"VILLAGE_OFFICER", "CASEWORKER", "APPROVER", "DEPARTMENT", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class WarningController {

    private static final int MAX_NOTE = 500;

    private final Warnings warnings;
    private final org.jiuzhu.core.monitoring.Referrals referrals;
    private final org.jiuzhu.core.monitoring.Visits visits;
    private final WarningPages pages;
    private final CsrfTokens csrf;
    private final Refusals refusals;

    WarningController(Warnings warnings, org.jiuzhu.core.monitoring.Referrals referrals,
                      org.jiuzhu.core.monitoring.Visits visits, WarningPages pages, CsrfTokens csrf, Refusals refusals) {
        this.warnings = warnings;
        this.referrals = referrals;
        this.visits = visits;
        this.pages = pages;
        this.csrf = csrf;
        this.refusals = refusals;
    }

    @Get
    ModelAndView<WarningPages.ListPage> list(Authentication authentication, @Nullable @QueryValue String status,
                                             @Nullable @QueryValue String level, @Nullable @QueryValue String kind,
                                             @Nullable @QueryValue String rule, @Nullable @QueryValue String notice) {
        String chosenStatus = status == null ? "open" : status;
        Warnings.Filter filter = new Warnings.Filter("all".equals(chosenStatus) ? null : !"closed".equals(chosenStatus),
                parse(Level.class, level), parse(WarningKind.class, kind),
                Rules.byId(rule == null ? "" : rule).map(r -> r.id()).orElse(null));
        return new ModelAndView<>("admin/monitoring/warnings", new WarningPages.ListPage(
                warnings.visibleTo(Actors.of(authentication), filter).stream().map(pages::row).toList(),
                new WarningPages.Chosen(chosenStatus, level == null ? "" : level, kind == null ? "" : kind,
                        rule == null ? "" : rule),
                Rules.all().stream().map(r -> r.id()).toList(),
                org.jiuzhu.core.monitoring.Visits.mayVisit(Actors.of(authentication)),
                "visited".equals(notice) ? "admin.visit.notice.recorded" : null));
    }

    @Get("/{id}")
    MutableHttpResponse<?> detail(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Nullable @QueryValue String notice) {
        Actor actor = Actors.of(authentication);
        Optional<Warning> warning = warnings.find(actor, id);
        if (warning.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return HttpResponse.ok(view(request, actor, warning.get(), Map.of(), Map.of(),
                "settled".equals(notice) ? "admin.warning.notice.settled"
                        : "visited".equals(notice) ? "admin.warning.notice.visited" : null));
    }

    @Post(value = "/{id}/visits", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> visit(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                 @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        Optional<Warning> warning = warnings.find(actor, id);
        if (warning.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        if (!org.jiuzhu.core.monitoring.Visits.mayVisit(actor)) {
            return refusals.page(request, HttpStatus.FORBIDDEN, "core.error.403.title", "core.error.403.message");
        }
        org.jiuzhu.core.form.FieldErrors errors = new org.jiuzhu.core.form.FieldErrors();
        org.jiuzhu.core.monitoring.Visits.Report report = new org.jiuzhu.core.monitoring.Visits.Report(
                org.jiuzhu.core.form.Forms.date(form.get("on"), "on", errors), form.get("visitors"),
                form.get("findings"));
        errors = visits.ofWarning(actor, id, report, parse(org.jiuzhu.core.monitoring.Visit.Finding.class,
                form.get("finding")), errors, Requests.ip(request));
        if (!errors.isEmpty()) {
            Map<String, String> typed = new java.util.HashMap<>(form);
            typed.remove("csrfToken");
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(view(request, actor, warning.get(),
                    errors.asMap(), typed, null));
        }
        return HttpResponse.seeOther(URI.create("/admin/warnings/" + id + "?notice=visited"));
    }

    @Post(value = "/{id}/outcome", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> settle(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        Optional<Warning> warning = warnings.find(actor, id);
        if (warning.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        Outcome outcome = parse(Outcome.class, form.get("outcome"));
        String note = form.getOrDefault("note", "").strip();
        Map<String, String> typed = Map.of("settle-note", note, "settle-outcome", form.getOrDefault("outcome", ""));
        if (outcome == null || note.length() > MAX_NOTE) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(view(request, actor, warning.get(),
                    outcome == null ? Map.of("settle-outcome", "admin.warning.error.outcome")
                            : Map.of("settle-note", "admin.warning.error.note"), typed, null));
        }
        if (!maySettle(actor) || !warnings.settle(actor, id, outcome, note.isEmpty() ? null : note,
                Requests.ip(request))) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(view(request, actor, warnings.find(actor, id)
                    .orElse(warning.get()), Map.of(), Map.of(), "admin.warning.notice.notOpen"));
        }
        return HttpResponse.seeOther(URI.create("/admin/warnings/" + id + "?notice=settled"));
    }

    private ModelAndView<WarningPages.DetailPage> view(HttpRequest<?> request, Actor actor, Warning warning,
                                                       Map<String, String> errors, Map<String, String> typed,
                                                       String notice) {
        return new ModelAndView<>("admin/monitoring/warning", pages.detail(warning, Requests.locale(request),
                maySettle(actor), !actor.is(Role.DEPARTMENT), ApplicationLinks.opens(actor), referrals.ofWarning(actor, warning.id())
                        .map(r -> r.id()).orElse(null), org.jiuzhu.core.monitoring.Visits.mayVisit(actor),
                visits.ofWarning(warning.id()), errors, typed, notice));
    }

    /** Village officers report what they see on visits; offices decide what a warning turned out to be. */
    private static boolean maySettle(Actor actor) {
        return !actor.is(Role.VILLAGE_OFFICER);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value))
                .findFirst().orElse(null);
    }
}
