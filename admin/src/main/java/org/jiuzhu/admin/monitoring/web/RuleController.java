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
import org.jiuzhu.admin.monitoring.Rule;
import org.jiuzhu.admin.monitoring.Rules;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.monitoring.RuleSwitches;
import org.jiuzhu.core.monitoring.Warnings;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code /admin/warning-rules}: every rule with its inputs and its record so far; supervisors switch rules off and on. */
@Controller("/admin/warning-rules")
@Produces(MediaType.TEXT_HTML)
@Secured({"VILLAGE_OFFICER", "CASEWORKER", "APPROVER", "DEPARTMENT", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class RuleController {

    private final RuleSwitches switches;
    private final Warnings warnings;
    private final WarningPages pages;
    private final CsrfTokens csrf;
    private final Refusals refusals;

    RuleController(RuleSwitches switches, Warnings warnings, WarningPages pages, CsrfTokens csrf, Refusals refusals) {
        this.switches = switches;
        this.warnings = warnings;
        this.pages = pages;
        this.csrf = csrf;
        this.refusals = refusals;
    }

    @Get
    ModelAndView<WarningPages.RulesPage> list(HttpRequest<?> request, Authentication authentication,
                                              @Nullable @QueryValue String notice) {
        Actor actor = Actors.of(authentication);
        Set<String> off = switches.switchedOff();
        Map<String, Warnings.Tally> tallies = warnings.tally();
        return new ModelAndView<>("admin/monitoring/rules", new WarningPages.RulesPage(Rules.all().stream()
                .map(r -> pages.rule(r, Requests.locale(request), !off.contains(r.id()),
                        tallies.getOrDefault(r.id(), Warnings.Tally.NONE))).toList(),
                actor.is(Role.SUPERVISOR, Role.ADMIN),
                "switched".equals(notice) ? "admin.rule.notice.switched" : null));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> toggle(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                  @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Optional<Rule> rule = Rules.byId(id).filter(r -> r != Rules.VISIT);
        if (rule.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        String enabled = form.get("enabled");
        if (!"true".equals(enabled) && !"false".equals(enabled)) {
            return refusals.page(request, HttpStatus.BAD_REQUEST, "core.error.400.title",
                    "admin.rule.error.enabled");
        }
        if (!switches.set(Actors.of(authentication), rule.get().id(), Boolean.parseBoolean(enabled),
                Requests.ip(request))) {
            return refusals.page(request, HttpStatus.FORBIDDEN, "core.error.403.title", "core.error.403.message");
        }
        return HttpResponse.seeOther(URI.create("/admin/warning-rules?notice=switched#rule-" + rule.get().id()));
    }
}
