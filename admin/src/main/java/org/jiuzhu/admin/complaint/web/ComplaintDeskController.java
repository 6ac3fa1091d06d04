package org.jiuzhu.admin.complaint.web;

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
import org.jiuzhu.core.chrome.web.Downloads;
import org.jiuzhu.core.storage.Download;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.complaint.Complaint;
import org.jiuzhu.core.complaint.ComplaintDesk;
import org.jiuzhu.core.complaint.ComplaintEvidence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The complaint queues and each complaint's page. A complaint the reader may not see (another region, another
 * office, a report not yet dispatched for a non-supervisor) answers 404, as if it did not exist.
 */
@Controller("/admin/complaints")
@Produces(MediaType.TEXT_HTML)
@Secured({"OPERATOR", "SUPERVISOR", "CASEWORKER", "APPROVER", "DEPARTMENT"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ComplaintDeskController {

    static final Map<String, String> DONE = Map.of("taken", "admin.complaint.done.taken",
            "dispatched", "admin.complaint.done.dispatched", "signed", "admin.complaint.done.signed",
            "returned", "admin.complaint.done.returned", "replied", "admin.complaint.done.replied",
            "asked", "admin.complaint.done.asked", "decided", "admin.complaint.done.decided",
            "followed", "admin.complaint.done.followed");

    private final ComplaintDesk desk;
    private final ComplaintEvidence evidence;
    private final ComplaintViews views;
    private final CsrfTokens csrf;
    private final Refusals refusals;

    ComplaintDeskController(ComplaintDesk desk, ComplaintEvidence evidence, ComplaintViews views, CsrfTokens csrf,
                            Refusals refusals) {
        this.desk = desk;
        this.evidence = evidence;
        this.views = views;
        this.csrf = csrf;
        this.refusals = refusals;
    }

    @Get
    ModelAndView<ComplaintViews.ListPage> list(Authentication authentication, @QueryValue @Nullable String show,
                                               @QueryValue @Nullable Integer page) {
        ComplaintDesk.Show chosen = parse(show);
        // Capped so that an offset typed into the address cannot overflow or scan the whole table.
        int number = page == null ? 1 : Math.max(1, Math.min(page, 1000));
        Actor actor = Actors.of(authentication);
        List<Complaint> complaints = desk.list(actor, chosen, number);
        return new ModelAndView<>("admin/complaint/list",
                views.list(actor, complaints, desk.extensionsPending(complaints), chosen, number));
    }

    @Get("/{id}")
    MutableHttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                @QueryValue @Nullable String done) {
        return page(request, Actors.of(authentication), id, "", done == null ? null : DONE.get(done));
    }

    /** The full number, for calling back; the kernel audits each view. */
    @Post(value = "/{id}/phone", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> phone(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                 @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        Optional<String> phone = desk.revealPhone(actor, id, Requests.ip(request));
        if (phone.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return page(request, actor, id, phone.get(), null);
    }

    // The file's own type on success; a refusal is the HTML error page, which must not become a 406.
    @Get("/{id}/evidence/{evidenceId}")
    @Produces({MediaType.APPLICATION_PDF, MediaType.IMAGE_JPEG, MediaType.IMAGE_PNG, MediaType.TEXT_HTML})
    MutableHttpResponse<?> evidence(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @PathVariable long evidenceId) {
        Optional<Download> file = evidence.forStaff(Actors.of(authentication), id, evidenceId, Requests.ip(request));
        if (file.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return Downloads.ok(file.get());
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, Actor actor, long id, String phone, String done) {
        Optional<ComplaintDesk.Detail> detail = desk.find(actor, id);
        if (detail.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return HttpResponse.ok(new ModelAndView<>("admin/complaint/detail",
                views.detail(actor, detail.get(), phone, Map.of(), Map.of(), done)));
    }

    private static ComplaintDesk.Show parse(String show) {
        try {
            return show == null ? ComplaintDesk.Show.OPEN : ComplaintDesk.Show.valueOf(show.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ComplaintDesk.Show.OPEN;
        }
    }
}
