package org.jiuzhu.portal.application.web;

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
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.Drafts;
import org.jiuzhu.core.application.Needs;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.eligibility.Housing;
import org.jiuzhu.core.eligibility.SpecialAid;
import org.jiuzhu.core.form.FieldErrors;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The hardship step: the situation in the resident's words, the aids asked for, and where payments go. */
@Controller("/apply/{id}/needs")
@Produces(MediaType.TEXT_HTML)
@Secured({"RESIDENT", "VILLAGE_OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class NeedsController {

    private static final Map<String, SpecialAid> AIDS = new LinkedHashMap<>();

    static {
        AIDS.put("medicalAid", SpecialAid.MEDICAL);
        AIDS.put("educationAid", SpecialAid.EDUCATION);
        AIDS.put("housingAid", SpecialAid.HOUSING);
        AIDS.put("employmentAid", SpecialAid.EMPLOYMENT);
        AIDS.put("temporaryAid", SpecialAid.TEMPORARY);
        AIDS.put("careAid", SpecialAid.CARE_SERVICES);
    }

    private final Drafts drafts;
    private final Editing editing;
    private final ApplyViews views;
    private final CsrfTokens csrf;

    NeedsController(Drafts drafts, Editing editing, ApplyViews views, CsrfTokens csrf) {
        this.drafts = drafts;
        this.editing = editing;
        this.views = views;
        this.csrf = csrf;
    }

    @Get
    MutableHttpResponse<?> form(Authentication authentication, @PathVariable long id) {
        return editing.draft(authentication, id).<MutableHttpResponse<?>>map(a -> HttpResponse.ok(page(a,
                        a.housing().name(), a.disasterAffected(), a.suddenHardship(), a.requestedAids(), a.hardship(),
                        a.bankName(), Map.of())))
                .orElseGet(() -> Editing.seeOther("/applications/" + id));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> save(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                @Body ApplyForms.Needs form) {
        csrf.verify(request, form.csrfToken());
        Application a = editing.load(authentication, id);
        Housing housing = Arrays.stream(Housing.values()).filter(h -> h.name().equals(form.housing())).findFirst()
                .orElse(Housing.ADEQUATE);
        Set<SpecialAid> aids = EnumSet.noneOf(SpecialAid.class);
        Map<String, String> ticked = ticks(form);
        AIDS.forEach((field, aid) -> {
            if (ApplyForms.yes(ticked.get(field))) {
                aids.add(aid);
            }
        });
        FieldErrors errors = drafts.needs(Actors.of(authentication), id, new Needs(housing,
                ApplyForms.yes(form.disasterAffected()), ApplyForms.yes(form.suddenHardship()), form.hardship(), aids,
                form.bankName(), form.bankAccount()), Requests.ip(request));
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(a, housing.name(),
                    ApplyForms.yes(form.disasterAffected()), ApplyForms.yes(form.suddenHardship()), aids,
                    form.hardship() == null ? "" : form.hardship(), form.bankName() == null ? "" : form.bankName(),
                    errors.asMap()));
        }
        return Editing.seeOther("/apply/" + id + "/authorizations");
    }

    private ModelAndView<ApplyPages.NeedsPage> page(Application a, String housing, boolean disaster, boolean sudden,
                                                    Set<SpecialAid> aids, String hardship, String bankName,
                                                    Map<String, String> errors) {
        List<ApplyPages.Entry> situations = List.of(
                new ApplyPages.Entry("disasterAffected", "portal.apply.needs.disaster", disaster ? "yes" : ""),
                new ApplyPages.Entry("suddenHardship", "portal.apply.needs.sudden", sudden ? "yes" : ""));
        List<ApplyPages.Entry> aidEntries = AIDS.entrySet().stream().map(e -> new ApplyPages.Entry(e.getKey(),
                e.getValue().messageKey(), aids.contains(e.getValue()) ? "yes" : "")).toList();
        return new ModelAndView<>("portal/application/needs", new ApplyPages.NeedsPage(a.id(), views.steps(a, "needs"),
                views.options(Arrays.stream(Housing.values()).map(Enum::name).toList(), "core.housing.", housing),
                situations, aidEntries, hardship, bankName, a.maskedBankAccount(), errors));
    }

    private static Map<String, String> ticks(ApplyForms.Needs f) {
        Map<String, String> ticked = new LinkedHashMap<>();
        ticked.put("medicalAid", f.medicalAid());
        ticked.put("educationAid", f.educationAid());
        ticked.put("housingAid", f.housingAid());
        ticked.put("employmentAid", f.employmentAid());
        ticked.put("temporaryAid", f.temporaryAid());
        ticked.put("careAid", f.careAid());
        return ticked;
    }
}
