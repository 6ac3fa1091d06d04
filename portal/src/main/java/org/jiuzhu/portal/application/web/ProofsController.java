package org.jiuzhu.portal.application.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.chrome.web.Downloads;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.ProofKind;
import org.jiuzhu.core.application.Proofs;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The resident's proofs: a list, an upload form (also after submission), and downloads as attachments. */
@Controller("/applications/{id}/proofs")
@Secured({"RESIDENT", "VILLAGE_OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ProofsController {

    private final Proofs proofs;
    private final Editing editing;
    private final ApplyViews views;
    private final CsrfTokens csrf;

    ProofsController(Proofs proofs, Editing editing, ApplyViews views, CsrfTokens csrf) {
        this.proofs = proofs;
        this.editing = editing;
        this.views = views;
        this.csrf = csrf;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<ApplyPages.ProofsPage> list(Authentication authentication, @PathVariable long id,
                                             @QueryValue Optional<String> uploaded) {
        return page(Actors.of(authentication), editing.load(authentication, id),
                uploaded.isPresent() ? "portal.apply.proofs.uploaded" : null, Map.of());
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    MutableHttpResponse<?> upload(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Nullable @Part("csrfToken") String csrfToken, @Nullable @Part("kind") String kind,
                                  @Nullable @Part("file") CompletedFileUpload file) {
        csrf.verify(request, csrfToken);
        Actor actor = Actors.of(authentication);
        Application application = editing.load(authentication, id);
        FieldErrors errors;
        if (file == null || file.getSize() == 0) {
            errors = new FieldErrors().add("file", "core.proof.error.empty");
        } else {
            try (InputStream content = file.getInputStream()) {
                errors = proofs.upload(actor, id, file.getFilename(), kind(kind), content, Requests.ip(request));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(actor, application, null, errors.asMap()));
        }
        return Editing.seeOther("/applications/" + id + "/proofs?uploaded=1");
    }

    // The file's own type on success; a refusal is the HTML error page, which must not become a 406.
    @Get("/{proofId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.IMAGE_JPEG, MediaType.IMAGE_PNG, MediaType.APPLICATION_PDF,
            MediaType.TEXT_HTML})
    MutableHttpResponse<?> download(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @PathVariable long proofId) {
        return Downloads.ok(proofs.open(Actors.of(authentication), id, proofId, Requests.ip(request)));
    }

    private ModelAndView<ApplyPages.ProofsPage> page(Actor actor, Application a, String notice, Map<String, String> errors) {
        List<ApplyPages.ProofRow> rows = proofs.of(actor, a.id()).stream().map(p -> new ApplyPages.ProofRow(
                "/applications/" + a.id() + "/proofs/" + p.id(), p.originalName(),
                p.kind().messageKey(), Formats.dateTime(p.uploadedAt()),
                p.sizeBytes() / 1024 + 1)).toList();
        List<ApplyPages.Option> kinds = views.options(Arrays.stream(ProofKind.values()).map(Enum::name).toList(),
                "core.proof.kind.", null);
        return new ModelAndView<>("portal/application/proofs",
                new ApplyPages.ProofsPage(a.id(), rows, kinds, notice, errors));
    }

    private static ProofKind kind(String value) {
        return Arrays.stream(ProofKind.values()).filter(k -> k.name().equals(value)).findFirst().orElse(null);
    }
}
