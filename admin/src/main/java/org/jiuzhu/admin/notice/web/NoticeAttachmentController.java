package org.jiuzhu.admin.notice.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
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
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.notice.Notice;
import org.jiuzhu.core.notice.NoticeAttachments;
import org.jiuzhu.core.notice.Notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** Attaching files to a notice (PDF, JPEG, PNG) and removing them, from the notice's page. */
@Controller("/admin/notices/{id}/attachments")
@Produces(MediaType.TEXT_HTML)
@Secured({"SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class NoticeAttachmentController {

    private final NoticeAttachments attachments;
    private final Notices notices;
    private final NoticeViews views;
    private final CsrfTokens csrf;
    private final Refusals refusals;

    NoticeAttachmentController(NoticeAttachments attachments, Notices notices, NoticeViews views, CsrfTokens csrf,
                               Refusals refusals) {
        this.attachments = attachments;
        this.notices = notices;
        this.views = views;
        this.csrf = csrf;
        this.refusals = refusals;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    MutableHttpResponse<?> add(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Nullable @Part("csrfToken") String csrfToken,
                               @Nullable @Part("file") CompletedFileUpload file) {
        csrf.verify(request, csrfToken);
        Actor actor = Actors.of(authentication);
        Optional<Notice> notice = notices.editable(actor, id);
        if (notice.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        FieldErrors errors;
        if (file == null || file.getSize() == 0) {
            errors = new FieldErrors().add("file", "core.notice.error.fileEmpty");
        } else {
            try (InputStream content = file.getInputStream()) {
                errors = attachments.add(actor, id, file.getFilename(), content, Requests.ip(request));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("admin/notice/form",
                    views.form(actor, notice.get(), Map.of(), errors.asMap(), null)));
        }
        return HttpResponse.seeOther(URI.create("/admin/notices/" + id + "?notice=attached#attachments"));
    }

    @Post(value = "/{attachmentId}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> remove(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @PathVariable long attachmentId, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        if (!attachments.remove(Actors.of(authentication), id, attachmentId, Requests.ip(request))) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return HttpResponse.seeOther(URI.create("/admin/notices/" + id + "?notice=removed#attachments"));
    }
}
