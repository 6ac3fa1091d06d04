package org.jiuzhu.admin.intake.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.jiuzhu.core.chrome.web.Downloads;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Proofs;
import org.jiuzhu.core.chrome.web.Requests;

/** A proof of an application in the staff member's region, as an attachment; every download is audited. */
@Controller("/admin/applications/{id}/proofs")
@Secured({"CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class IntakeProofsController {

    private final Proofs proofs;

    IntakeProofsController(Proofs proofs) {
        this.proofs = proofs;
    }

    // The file's own type on success; a refusal is the HTML error page, which must not become a 406.
    @Get("/{proofId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.IMAGE_JPEG, MediaType.IMAGE_PNG, MediaType.APPLICATION_PDF,
            MediaType.TEXT_HTML})
    MutableHttpResponse<?> download(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @PathVariable long proofId) {
        return Downloads.ok(proofs.open(Actors.of(authentication), id, proofId, Requests.ip(request)));
    }
}
