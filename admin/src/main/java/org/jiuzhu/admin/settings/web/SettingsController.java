package org.jiuzhu.admin.settings.web;

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
import org.jiuzhu.core.eligibility.RegionalSettings;
import org.jiuzhu.core.eligibility.SettingsBook;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.Forms;
import org.jiuzhu.core.region.DivisionLevel;
import org.jiuzhu.core.region.Regions;

import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

@Controller("/admin/settings")
@Produces(MediaType.TEXT_HTML)
@Secured({"CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class SettingsController {

    private final SettingsBook book;
    private final Regions regions;
    private final CsrfTokens csrf;

    SettingsController(SettingsBook book, Regions regions, CsrfTokens csrf) {
        this.book = book;
        this.regions = regions;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<SettingsPages.ListPage> list(Authentication authentication, @QueryValue Optional<Long> published) {
        Actor actor = Actors.of(authentication);
        List<RegionalSettings> all = book.within(actor);
        Set<Long> inEffect = inEffect(all);
        List<SettingsPages.Row> rows = all.stream().map(s -> row(s, inEffect.contains(s.version()))).toList();
        return new ModelAndView<>("admin/settings/list", new SettingsPages.ListPage(rows, book.mayPublish(actor),
                published.orElse(null)));
    }

    @Get("/new")
    ModelAndView<SettingsPages.FormPage> form(Authentication authentication) {
        Actor actor = requirePublisher(authentication);
        String tomorrow = book.today().plusDays(1).toString();
        SettingsForm prefilled = book.inEffect(actor.scope().code()).map(s -> prefill(s, actor.scope().code(), tomorrow))
                .orElse(new SettingsForm(actor.scope().code(), tomorrow, "", "", "", "", "2", "",
                        "6", "6", "7", null));
        return view(actor, prefilled, Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> publish(HttpRequest<?> request, Authentication authentication, @Body SettingsForm form) {
        csrf.verify(request, form.csrfToken());
        Actor actor = requirePublisher(authentication);
        FieldErrors errors = new FieldErrors();
        RegionalSettings draft = new RegionalSettings(0, Forms.text(form.regionCode()),
                Forms.date(form.effectiveFrom(), "effectiveFrom", errors),
                Forms.decimal(form.urbanDibaoStandard(), "urbanDibaoStandard", errors),
                Forms.decimal(form.ruralDibaoStandard(), "ruralDibaoStandard", errors),
                Forms.decimal(form.marginalMultiplier(), "marginalMultiplier", errors),
                Forms.decimal(form.disposableIncomeLastYear(), "disposableIncomeLastYear", errors),
                Forms.decimal(form.rigidExpenseMultiplier(), "rigidExpenseMultiplier", errors),
                Forms.decimal(form.assetLimitPerPerson(), "assetLimitPerPerson", errors),
                Forms.integer(form.taperMonths(), "taperMonths", errors),
                Forms.integer(form.verificationValidityMonths(), "verificationValidityMonths", errors),
                Forms.integer(form.publicityDays(), "publicityDays", errors));
        SettingsBook.Published result = book.publish(actor, draft, errors, Requests.ip(request));
        if (result.settings() == null) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(view(actor, form, result.errors().asMap()));
        }
        return HttpResponse.seeOther(URI.create("/admin/settings?published=" + result.settings().version()));
    }

    private Actor requirePublisher(Authentication authentication) {
        Actor actor = Actors.of(authentication);
        if (!book.mayPublish(actor)) {
            throw new AuthorizationException(authentication);
        }
        return actor;
    }

    private ModelAndView<SettingsPages.FormPage> view(Actor actor, SettingsForm values, Map<String, String> errors) {
        List<SettingsPages.Region> choices = regions.within(actor.scope()).stream()
                .filter(r -> r.level() != DivisionLevel.TOWNSHIP && r.level() != DivisionLevel.VILLAGE)
                .map(r -> new SettingsPages.Region(r.code(), regions.pathName(r.code()), r.code().equals(values.regionCode())))
                .toList();
        return new ModelAndView<>("admin/settings/form", new SettingsPages.FormPage(values, choices, errors));
    }

    /** Per region, the latest version whose date has come: the others are history or still to come. */
    private Set<Long> inEffect(List<RegionalSettings> all) {
        Map<String, RegionalSettings> current = new HashMap<>();
        for (RegionalSettings s : all) {
            if (!s.effectiveFrom().isAfter(book.today())) {
                current.merge(s.regionCode(), s, (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom())
                        || (a.effectiveFrom().equals(b.effectiveFrom()) && a.version() > b.version()) ? a : b);
            }
        }
        Set<Long> versions = new HashSet<>();
        current.values().forEach(s -> versions.add(s.version()));
        return versions;
    }

    private SettingsPages.Row row(RegionalSettings s, boolean inEffect) {
        return new SettingsPages.Row(s.version(), regions.pathName(s.regionCode()), s.effectiveFrom().toString(), inEffect,
                plain(s.urbanDibaoStandard()), plain(s.ruralDibaoStandard()), plain(s.marginalMultiplier()),
                plain(s.disposableIncomeLastYear()), plain(s.rigidExpenseMultiplier()), plain(s.assetLimitPerPerson()),
                s.taperMonths(), s.verificationValidityMonths(), s.publicityDays());
    }

    private static SettingsForm prefill(RegionalSettings s, String regionCode, String effectiveFrom) {
        return new SettingsForm(regionCode, effectiveFrom, plain(s.urbanDibaoStandard()), plain(s.ruralDibaoStandard()),
                plain(s.marginalMultiplier()), plain(s.disposableIncomeLastYear()), plain(s.rigidExpenseMultiplier()),
                plain(s.assetLimitPerPerson()), Integer.toString(s.taperMonths()),
                Integer.toString(s.verificationValidityMonths()), Integer.toString(s.publicityDays()), null);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
