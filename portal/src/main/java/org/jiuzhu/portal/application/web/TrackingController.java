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
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.ApplicationStatus;
import org.jiuzhu.core.application.CaseFiles;
import org.jiuzhu.core.application.ChangeReport;
import org.jiuzhu.core.application.ChangeReports;
import org.jiuzhu.core.application.Submissions;
import org.jiuzhu.core.application.web.CaseViews;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** Where the application stands: every stage with its date, office, note and deadline; withdrawal while allowed. */
@Controller("/applications/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured({"RESIDENT", "VILLAGE_OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class TrackingController {

    private final Submissions submissions;
    private final Editing editing;
    /** Authorizations can be withdrawn until the economic verification starts. */
    private static final Set<ApplicationStatus> REVOCABLE = EnumSet.of(ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED, ApplicationStatus.ACCEPTED);

    private final ApplyViews views;
    private final AuthorizationViews authorizationViews;
    private final CaseFiles caseFiles;
    private final CaseViews caseViews;
    private final CsrfTokens csrf;

    private final ChangeReports changes;

    TrackingController(Submissions submissions, Editing editing, ApplyViews views,
                       AuthorizationViews authorizationViews, CaseFiles caseFiles, CaseViews caseViews,
                       ChangeReports changes, CsrfTokens csrf) {
        this.changes = changes;
        this.caseFiles = caseFiles;
        this.caseViews = caseViews;
        this.submissions = submissions;
        this.editing = editing;
        this.views = views;
        this.authorizationViews = authorizationViews;
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
        return page(Actors.of(authentication), editing.load(authentication, id), notice, Map.of(), Map.of());
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
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(Actors.of(authentication),
                    editing.load(authentication, id), null, errors.asMap(), form));
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
                    .body(page(Actors.of(authentication), editing.load(authentication, id), null, errors.asMap(), Map.of()));
        }
        return Editing.seeOther("/applications/" + id + "?withdrawn=1");
    }

    private ModelAndView<ApplyPages.TrackingPage> page(Actor actor, Application a, String notice,
                                                       Map<String, String> errors, Map<String, String> typed) {
        return new ModelAndView<>("portal/application/tracking", new ApplyPages.TrackingPage(a.id(),
                a.status().messageKey(), views.regionName(a), a.submittedAt() == null ? "" : Formats.date(a.submittedAt()),
                views.timeline(a), views.members(a), a.status().editable(),
                a.status().mayBecome(ApplicationStatus.WITHDRAWN), notice, errors, authorizationViews.rows(actor, a),
                REVOCABLE.contains(a.status()), caseViews.of(a, caseFiles.of(actor, a.id())),
                ChangeReports.accepts(a) ? views.options(Arrays.stream(ChangeReport.Kind.values()).map(Enum::name)
                        .toList(), "core.change.kind.", typed.get("kind")) : List.of(),
                typed.getOrDefault("description", "")));
    }
}
