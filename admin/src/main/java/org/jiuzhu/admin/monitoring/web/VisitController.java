package org.jiuzhu.admin.monitoring.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.Forms;
import org.jiuzhu.core.monitoring.Level;
import org.jiuzhu.core.monitoring.Visits;
import org.jiuzhu.core.monitoring.WarningKind;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/visits}: a village officer or caseworker records a home visit to a household of their region (by its
 * application number) and, when the visit found something, raises a warning of the kind, level and department chosen.
 */
@Controller("/admin/visits")
@Produces(MediaType.TEXT_HTML)
@Secured({"VILLAGE_OFFICER", "CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class VisitController {

    /** The kinds a visit may raise: a complex case comes from combined signals, not from one visit. */
    private static final List<WarningKind> KINDS = List.of(WarningKind.NEW_HARDSHIP, WarningKind.ENTITLED_MISSING,
            WarningKind.IMPROVED);

    private final Visits visits;
    private final CsrfTokens csrf;

    VisitController(Visits visits, CsrfTokens csrf) {
        this.visits = visits;
        this.csrf = csrf;
    }

    public record Choice(String value, String key) {
    }

    public record VisitPage(String today, List<Choice> kinds, List<Choice> levels, List<Choice> departments,
                            Map<String, String> errors, Map<String, String> typed) {
    }

    @Get("/new")
    ModelAndView<VisitPage> form(HttpRequest<?> request) {
        String application = request.getParameters().get("application");
        return page(Map.of(), application == null ? Map.of() : Map.of("application", application.replaceAll("\\D", "")));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> record(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        FieldErrors errors = new FieldErrors();
        long application = number(form.get("application"), errors);
        Visits.Signal signal = "yes".equals(form.get("raise")) ? signal(form, errors) : null;
        Visits.Report report = new Visits.Report(Forms.date(form.get("on"), "on", errors), form.get("visitors"),
                form.get("findings"));
        errors = visits.ofHousehold(actor, application, report, signal, errors, Requests.ip(request));
        if (!errors.isEmpty()) {
            Map<String, String> typed = new HashMap<>(form);
            typed.remove("csrfToken");
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(errors.asMap(), typed));
        }
        return HttpResponse.seeOther(URI.create(signal == null ? "/admin/warnings?notice=visited"
                : "/admin/warnings?status=open&rule=" + Visits.RULE));
    }

    private static Visits.Signal signal(Map<String, String> form, FieldErrors errors) {
        WarningKind kind = KINDS.stream().filter(k -> k.name().equals(form.get("kind"))).findFirst().orElse(null);
        Level level = Arrays.stream(Level.values()).filter(l -> l.name().equals(form.get("level"))).findFirst()
                .orElse(null);
        Department department = Arrays.stream(Department.values()).filter(d -> d.name().equals(form.get("department")))
                .findFirst().orElse(null);
        if (kind == null) {
            errors.add("kind", "admin.visit.error.kind");
        }
        if (level == null) {
            errors.add("level", "admin.visit.error.level");
        }
        if (department == null) {
            errors.add("department", "admin.visit.error.department");
        }
        return kind == null || level == null || department == null ? null
                : new Visits.Signal(kind, level, kind == WarningKind.IMPROVED ? Department.CIVIL_AFFAIRS : department);
    }

    private static long number(String value, FieldErrors errors) {
        try {
            return Long.parseLong(Forms.text(value).strip());
        } catch (NumberFormatException e) {
            errors.add("application", "core.visit.error.household");
            return -1;
        }
    }

    private static ModelAndView<VisitPage> page(Map<String, String> errors, Map<String, String> typed) {
        return new ModelAndView<>("admin/monitoring/visit", new VisitPage(LocalDate.now(ZoneId.of("Asia/Shanghai"))
                .toString(), KINDS.stream().map(k -> new Choice(k.name(), k.messageKey())).toList(),
                Arrays.stream(Level.values()).map(l -> new Choice(l.name(), l.messageKey())).toList(),
                Arrays.stream(Department.values()).map(d -> new Choice(d.name(), d.messageKey())).toList(),
                errors, typed));
    }
}
