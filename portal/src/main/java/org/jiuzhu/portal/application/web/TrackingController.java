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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.ChangeReport;
import org.jiuzhu.core.application.ChangeReports;
import org.jiuzhu.core.application.Submissions;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** Where the application stands: every stage with its date, office, note and deadline; withdrawal while allowed. */
@Controller("/applications/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured({"RESIDENT", "VILLAGE_OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class TrackingController {

    private final Submissions submissions;
    private final TrackingPages pages;
    private final ChangeReports changes;
    private final CsrfTokens csrf;

    TrackingController(Submissions submissions, TrackingPages pages, ChangeReports changes, CsrfTokens csrf) {
        this.submissions = submissions;
        this.pages = pages;
        this.changes = changes;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<ApplyPages.TrackingPage> show(Authentication authentication, @PathVariable long id,
                                               @QueryValue Optional<String> submitted, @QueryValue Optional<String> withdrawn,
                                               @QueryValue Optional<String> revoked, @QueryValue Optional<String> notRevoked,
                                               @QueryValue Optional<String> reported) {
        String notice = submitted.isPresent() ? "portal.apply.tracking.submitted"
                : reported.isPresent() ? "portal.apply.tracking.reported"
                : withdrawn.isPresent() ? "portal.apply.tracking.withdrawn"
                : revoked.isPresent() ? "portal.apply.tracking.revoked"
                : notRevoked.isPresent() ? "core.authorization.error.revoke" : null;
        return page(authentication, id, notice, Map.of(), Map.of());
    }

    /** A change in the household's circumstances, reported after submitting; it reaches the township and county. */
    @Post(value = "/changes", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> reportChange(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                        @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        ChangeReport.Kind kind = Arrays.stream(ChangeReport.Kind.values())
                .filter(k -> k.name().equals(form.get("kind"))).findFirst().orElse(null);
        FieldErrors errors = changes.report(Actors.of(authentication), id, kind, form.get("description"),
                Requests.ip(request));
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(authentication, id, null,
                    errors.asMap(), form));
        }
        return Editing.seeOther("/applications/" + id + "?reported=1");
    }

    @Post(value = "/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> withdraw(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @Body ApplyForms.Token form) {
        csrf.verify(request, form.csrfToken());
        FieldErrors errors = submissions.withdraw(Actors.of(authentication), id, Requests.ip(request));
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page(authentication, id, null, errors.asMap(), Map.of()));
        }
        return Editing.seeOther("/applications/" + id + "?withdrawn=1");
    }

    private ModelAndView<ApplyPages.TrackingPage> page(Authentication authentication, long id, String notice,
                                                       Map<String, String> errors, Map<String, String> typed) {
        return new ModelAndView<>("portal/application/tracking", pages.of(authentication, id, notice, errors, typed));
    }
}
