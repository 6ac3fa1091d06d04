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
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.eligibility.SpecialAid;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.Forms;
import org.jiuzhu.core.monitoring.Referral;
import org.jiuzhu.core.monitoring.Referrals;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /admin/referrals}: a department's inbox of referrals (the region's offices and supervisors see all of their
 * region, escalated ones on their own); signing, returning, reporting the aid given, sending a returned one again.
 */
@Controller("/admin/referrals")
@Produces(MediaType.TEXT_HTML)
@Secured({"CASEWORKER", "APPROVER", "DEPARTMENT", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReferralController {

    private final Referrals referrals;
    private final ReferralPages pages;
    private final CsrfTokens csrf;
    private final Refusals refusals;

    ReferralController(Referrals referrals, ReferralPages pages, CsrfTokens csrf, Refusals refusals) {
        this.referrals = referrals;
        this.pages = pages;
        this.csrf = csrf;
        this.refusals = refusals;
    }

    @Get
    ModelAndView<ReferralPages.ListPage> list(Authentication authentication, @Nullable @QueryValue String show) {
        Referrals.Show chosen = Arrays.stream(Referrals.Show.values()).filter(s -> s.name().equalsIgnoreCase(show))
                .findFirst().orElse(Referrals.Show.OPEN);
        return new ModelAndView<>("admin/monitoring/referrals", new ReferralPages.ListPage(referrals.visibleTo(
                Actors.of(authentication), chosen).stream().map(pages::row).toList(), chosen.name()));
    }

    @Get("/{id}")
    MutableHttpResponse<?> detail(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Nullable @QueryValue String notice) {
        Actor actor = Actors.of(authentication);
        return referrals.find(actor, id).<MutableHttpResponse<?>>map(r -> HttpResponse.ok(view(actor, r, Map.of(),
                Map.of(), notice == null ? null : "admin.referral.notice." + notice.replaceAll("[^a-z]", ""))))
                .orElseGet(() -> notFound(request));
    }

    @Post(value = "/{id}/sign", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> sign(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                @Body Map<String, String> form) {
        return act(request, authentication, id, form, "signed",
                actor -> referrals.sign(actor, id, version(form), Requests.ip(request)));
    }

    @Post(value = "/{id}/return", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> giveBack(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @Body Map<String, String> form) {
        return act(request, authentication, id, form, "returned", actor -> referrals.giveBack(actor, id,
                version(form), form.get("reason"), Requests.ip(request)));
    }

    @Post(value = "/{id}/resend", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> resend(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        return act(request, authentication, id, form, "resent",
                actor -> referrals.resend(actor, id, version(form), Requests.ip(request)));
    }

    @Post(value = "/{id}/report", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> report(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        return act(request, authentication, id, form, "reported", actor -> {
            FieldErrors errors = new FieldErrors();
            SpecialAid aid = Arrays.stream(SpecialAid.values()).filter(a -> a.name().equals(form.get("aid")))
                    .findFirst().orElse(null);
            String amount = Forms.text(form.get("amount")).strip();
            BigDecimal money = amount.isEmpty() ? null : Forms.decimal(amount, "amount", errors);
            return referrals.report(actor, id, version(form), new Referrals.Report(aid, money,
                    Forms.date(form.get("on"), "on", errors), form.get("note")), errors, Requests.ip(request));
        });
    }

    /** Runs a step; 303 back to the referral when it worked, else its page again with the reasons (422). */
    private MutableHttpResponse<?> act(HttpRequest<?> request, Authentication authentication, long id,
                                       Map<String, String> form, String notice, Function<Actor, FieldErrors> step) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        Optional<Referral> referral = referrals.find(actor, id);
        if (referral.isEmpty()) {
            return notFound(request);
        }
        FieldErrors errors = step.apply(actor);
        if (errors.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/admin/referrals/" + id + "?notice=" + notice));
        }
        Map<String, String> typed = new HashMap<>(form);
        typed.remove("csrfToken");
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(view(actor,
                referrals.find(actor, id).orElse(referral.get()), errors.asMap(), typed, null));
    }

    private ModelAndView<ReferralPages.DetailPage> view(Actor actor, Referral r, Map<String, String> errors,
                                                        Map<String, String> typed, String notice) {
        boolean handles = referrals.handles(actor, r);
        ReferralPages.Actions actions = new ReferralPages.Actions(handles && r.status() == Referral.Status.SENT,
                handles && r.status().open(), handles && r.status() == Referral.Status.SIGNED,
                referrals.dispatches(actor, r) && r.status() == Referral.Status.RETURNED);
        return new ModelAndView<>("admin/monitoring/referral", pages.detail(r, actions, errors, typed, notice));
    }

    private static long version(Map<String, String> form) {
        try {
            return Long.parseLong(Forms.text(form.get("version")).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
    }
}
