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
import org.jiuzhu.core.application.MemberEntry;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.eligibility.DisabilityType;
import org.jiuzhu.core.eligibility.Employment;
import org.jiuzhu.core.eligibility.Relationship;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.Forms;

import java.util.HashMap;
import java.util.Map;

/** The members step: the applicant is listed already; the resident adds (or removes) the others one at a time. */
@Controller("/apply/{id}/members")
@Produces(MediaType.TEXT_HTML)
@Secured({"RESIDENT", "VILLAGE_OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class MembersController {

    private final Drafts drafts;
    private final Editing editing;
    private final ApplyViews views;
    private final CsrfTokens csrf;

    MembersController(Drafts drafts, Editing editing, ApplyViews views, CsrfTokens csrf) {
        this.drafts = drafts;
        this.editing = editing;
        this.views = views;
        this.csrf = csrf;
    }

    @Get
    MutableHttpResponse<?> list(Authentication authentication, @PathVariable long id) {
        return editing.draft(authentication, id)
                .<MutableHttpResponse<?>>map(a -> HttpResponse.ok(page(a, Map.of(), Map.of())))
                .orElseGet(() -> Editing.seeOther("/applications/" + id));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> add(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Body ApplyForms.Member form) {
        csrf.verify(request, form.csrfToken());
        FieldErrors errors = new FieldErrors();
        int grade = form.disabilityGrade() == null || form.disabilityGrade().isBlank() ? 0
                : Forms.integer(form.disabilityGrade(), "disabilityGrade", errors);
        MemberEntry entry = new MemberEntry(form.name(), form.idNumber(), parse(Relationship.class, form.relationship()),
                form.disability() == null || form.disability().isBlank() ? DisabilityType.NONE
                        : parse(DisabilityType.class, form.disability()), grade, ApplyForms.yes(form.seriouslyIll()),
                ApplyForms.yes(form.student()), parse(Employment.class, form.employment()), ApplyForms.yes(form.ableSupporter()));
        if (errors.isEmpty()) {
            errors = drafts.addMember(Actors.of(authentication), id, entry, Requests.ip(request));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page(editing.load(authentication, id), typed(form), errors.asMap()));
        }
        return Editing.seeOther("/apply/" + id + "/members");
    }

    @Post(value = "/{position}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> remove(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @PathVariable int position, @Body ApplyForms.Token form) {
        csrf.verify(request, form.csrfToken());
        drafts.removeMember(Actors.of(authentication), id, position, Requests.ip(request));
        return Editing.seeOther("/apply/" + id + "/members");
    }

    @Post(value = "/done", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> done(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                @Body ApplyForms.Token form) {
        csrf.verify(request, form.csrfToken());
        drafts.membersDone(Actors.of(authentication), id, Requests.ip(request));
        return Editing.seeOther("/apply/" + id + "/finances");
    }

    private ModelAndView<ApplyPages.MembersPage> page(Application a, Map<String, String> typed, Map<String, String> errors) {
        return new ModelAndView<>("portal/application/members", new ApplyPages.MembersPage(a.id(), views.steps(a, "members"),
                views.members(a), typed, views.relationships(typed.get("relationship")),
                views.disabilities(typed.getOrDefault("disability", "NONE")), views.grades(typed.getOrDefault("disabilityGrade", "0")),
                views.employments(typed.get("employment")), errors));
    }

    /** What was typed, shown again next to the errors so nothing has to be typed twice. */
    private static Map<String, String> typed(ApplyForms.Member form) {
        Map<String, String> typed = new HashMap<>();
        typed.put("name", Forms.text(form.name()));
        typed.put("idNumber", Forms.text(form.idNumber()));
        typed.put("relationship", Forms.text(form.relationship()));
        typed.put("disability", Forms.text(form.disability()));
        typed.put("disabilityGrade", Forms.text(form.disabilityGrade()));
        typed.put("employment", Forms.text(form.employment()));
        typed.put("seriouslyIll", Forms.text(form.seriouslyIll()));
        typed.put("student", Forms.text(form.student()));
        typed.put("ableSupporter", Forms.text(form.ableSupporter()));
        return typed;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
