package org.jiuzhu.matching.need.web;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.matching.need.NeedRequest;
import org.jiuzhu.matching.need.Needs;
import org.jiuzhu.matching.need.RecordedNeeds;
import org.jiuzhu.matching.need.Sharing;
import org.jiuzhu.matching.web.Ticks;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code /admin/needs}: staff record a need for a household of their region that does not go online, from the
 * consent form the resident signed in person (its number is kept), after a preview of exactly what charities will
 * read; and follow the needs of their region however they were shared.
 */
@Controller("/admin/needs")
@Produces(MediaType.TEXT_HTML)
@Secured({"VILLAGE_OFFICER", "CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffNeedController {

    private final RecordedNeeds recorded;
    private final StaffNeedPages pages;
    private final CsrfTokens csrf;

    StaffNeedController(RecordedNeeds recorded, StaffNeedPages pages, CsrfTokens csrf) {
        this.recorded = recorded;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<StaffNeedPages.ListPage> list(Authentication authentication, @Nullable @QueryValue String done) {
        String notice = "recorded".equals(done) ? "matching.need.staff.done" : null;
        return new ModelAndView<>("matching/need/staff-list", pages.list(Actors.of(authentication), Map.of(), "",
                notice));
    }

    /** The form for the household of an application; an unknown one answers the list with the reason. */
    @Get("/new")
    MutableHttpResponse<?> form(Authentication authentication, @Nullable @QueryValue String application) {
        Actor staff = Actors.of(authentication);
        OptionalLong id = number(application);
        Optional<Sharing> household = id.isEmpty() ? Optional.empty() : recorded.sharing(staff, id.getAsLong());
        if (household.isEmpty()) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("matching/need/staff-list",
                    pages.list(staff, Map.of("application", "matching.need.error.household"),
                            application == null ? "" : application.strip(), null)));
        }
        return HttpResponse.ok(new ModelAndView<>("matching/need/staff-form",
                pages.form(id.getAsLong(), household.get(), Map.of(), Map.of())));
    }

    @Post(value = "/preview", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> preview(HttpRequest<?> request, Authentication authentication,
                                   @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor staff = Actors.of(authentication);
        long application = number(form.get("application")).orElse(-1);
        Needs.Checked checked = recorded.preview(staff, application, request(form), form.get("consentForm"));
        if (!checked.errors().isEmpty()) {
            return refused(staff, application, checked, form);
        }
        return HttpResponse.ok(new ModelAndView<>("matching/need/staff-preview",
                pages.preview(application, checked.need(), form, Map.of())));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> record(HttpRequest<?> request, Authentication authentication,
                                  @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor staff = Actors.of(authentication);
        long application = number(form.get("application")).orElse(-1);
        if (!"yes".equals(form.get("signed"))) {
            Needs.Checked checked = recorded.preview(staff, application, request(form), form.get("consentForm"));
            if (checked.errors().isEmpty()) {
                return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>(
                        "matching/need/staff-preview", pages.preview(application, checked.need(), form,
                        Map.of("signed", "matching.need.staff.error.signed"))));
            }
        }
        Needs.Checked checked = recorded.record(staff, application, request(form), form.get("consentForm"),
                Requests.ip(request));
        if (!checked.errors().isEmpty()) {
            return refused(staff, application, checked, form);
        }
        return HttpResponse.seeOther(URI.create("/admin/needs?done=recorded"));
    }

    /** Back to the form with the reasons, or to the list when the household itself is out of reach. */
    private MutableHttpResponse<?> refused(Actor staff, long application, Needs.Checked checked,
                                           Map<String, String> form) {
        Optional<Sharing> household = recorded.sharing(staff, application);
        if (household.isEmpty()) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).body(new ModelAndView<>("matching/need/staff-list",
                    pages.list(staff, Map.of("application", "matching.need.error.household"), "", null)));
        }
        Map<String, String> typed = new HashMap<>(form);
        typed.remove("csrfToken");
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>(
                "matching/need/staff-form", pages.form(application, household.get(), checked.errors().asMap(),
                typed)));
    }

    private static NeedRequest request(Map<String, String> form) {
        return new NeedRequest(form.get("member"), form.get("aidKind"), form.get("text"), form.get("urgency"),
                Ticks.of(form, SharingPages.TARGET));
    }

    private static OptionalLong number(String value) {
        try {
            return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
