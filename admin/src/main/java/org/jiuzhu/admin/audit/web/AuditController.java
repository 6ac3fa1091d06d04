package org.jiuzhu.admin.audit.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
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
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.audit.AuditEntry;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.audit.ChainVerification;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.chrome.web.Requests;

import java.util.List;

@Controller("/admin/audit")
@Produces(MediaType.TEXT_HTML)
@Secured({"SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    private final AuditLog audit;
    private final CsrfTokens csrf;

    AuditController(AuditLog audit, CsrfTokens csrf) {
        this.audit = audit;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<AuditPage> latest() {
        return new ModelAndView<>("admin/audit/index", new AuditPage(rows(), null));
    }

    /** A POST because the check itself is recorded in the trail it checks. */
    @Post(value = "/verify", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<AuditPage> verify(HttpRequest<?> request, Authentication authentication, @Body VerifyForm form) {
        csrf.verify(request, form.csrfToken());
        Actor actor = Actors.of(authentication);
        ChainVerification result = audit.verify();
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), "AUDIT_VERIFY",
                result.intact() ? AuditResult.SUCCESS : AuditResult.FAILURE, Requests.ip(request))
                .saying("checked=" + result.checked()));
        AuditPage.Verification verification = new AuditPage.Verification(result.intact(), result.checked(),
                result.firstBrokenId().isPresent() ? result.firstBrokenId().getAsLong() : null);
        return new ModelAndView<>("admin/audit/index", new AuditPage(rows(), verification));
    }

    private List<AuditPage.Row> rows() {
        return audit.latest(100).stream().map(AuditController::row).toList();
    }

    private static AuditPage.Row row(AuditEntry entry) {
        AuditEvent e = entry.event();
        String actor = e.actorId() == null ? "-" : e.actorId() + (e.actorRole() == null ? "" : " " + e.actorRole());
        String record = e.recordType() == null ? "-" : e.recordType() + " " + e.recordId();
        return new AuditPage.Row(entry.id(), Formats.dateTime(entry.occurredAt()), actor, e.action(), record,
                e.result().name(), e.ip() == null ? "-" : e.ip(), e.detail() == null ? "" : e.detail());
    }
}
