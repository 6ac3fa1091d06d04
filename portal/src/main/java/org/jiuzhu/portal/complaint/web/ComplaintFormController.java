package org.jiuzhu.portal.complaint.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.PasswordHasher;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.complaint.ComplaintEvidence;
import org.jiuzhu.core.complaint.ComplaintIntake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The online complaint form (投诉举报), open to everyone; a logged-in resident may still choose to stay anonymous.
 * A complaint linked to an account is followed from there; any other is followed by its code and query password.
 */
@Controller("/complaints")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ComplaintFormController {

    private final ComplaintIntake intake;
    private final ComplaintPages pages;
    private final CsrfTokens csrf;

    ComplaintFormController(ComplaintIntake intake, ComplaintPages pages, CsrfTokens csrf) {
        this.intake = intake;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get("/new")
    ModelAndView<ComplaintPages.FormPage> form(@Nullable Authentication authentication) {
        return new ModelAndView<>("portal/complaint/form", pages.form(resident(authentication) != null,
                ComplaintPages.Typed.EMPTY, java.util.Map.of()));
    }

    @Post(value = "/new", consumes = MediaType.MULTIPART_FORM_DATA)
    @ExecuteOn(PasswordHasher.EXECUTOR)
    @SuppressWarnings("java:S107") // one parameter per form field is how Micronaut binds multipart parts
    MutableHttpResponse<?> file(HttpRequest<?> request, @Nullable Authentication authentication,
                                @Nullable @Part("csrfToken") String csrfToken, @Nullable @Part("type") String type,
                                @Nullable @Part("regionCode") String regionCode, @Nullable @Part("text") String text,
                                @Nullable @Part("identity") String identity,
                                @Nullable @Part("contactName") String contactName, @Nullable @Part("phone") String phone,
                                @Nullable @Part("wantsReply") String wantsReply,
                                @Nullable @Part("subjectKind") String subjectKind,
                                @Nullable @Part("subjectDepartment") String subjectDepartment,
                                @Nullable @Part("subjectPerson") String subjectPerson,
                                @Nullable @Part("password") String password,
                                @Nullable @Part("passwordAgain") String passwordAgain,
                                @Nullable @Part("evidence1") CompletedFileUpload evidence1,
                                @Nullable @Part("evidence2") CompletedFileUpload evidence2,
                                @Nullable @Part("evidence3") CompletedFileUpload evidence3) {
        csrf.verify(request, csrfToken);
        Actor resident = resident(authentication);
        ComplaintPages.Typed typed = new ComplaintPages.Typed(type, regionCode, text, identity, contactName, phone,
                wantsReply != null, subjectKind, subjectDepartment, subjectPerson);
        ComplaintIntake.OnlineForm form = new ComplaintIntake.OnlineForm(type, regionCode, text,
                "anonymous".equals(identity), contactName, phone, wantsReply != null, subjectKind, subjectDepartment,
                subjectPerson, password, passwordAgain);
        List<InputStream> streams = new ArrayList<>();
        try {
            List<ComplaintEvidence.Upload> uploads = new ArrayList<>();
            for (CompletedFileUpload file : new CompletedFileUpload[]{evidence1, evidence2, evidence3}) {
                if (file != null && file.getSize() > 0) {
                    InputStream content = file.getInputStream();
                    streams.add(content);
                    uploads.add(new ComplaintEvidence.Upload(file.getFilename(), content));
                }
            }
            ComplaintIntake.Filed filed = intake.fileOnline(resident, form, uploads, Requests.ip(request));
            if (!filed.errors().isEmpty()) {
                return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>(
                        "portal/complaint/form", pages.form(resident != null, typed, filed.errors().asMap())));
            }
            boolean linked = resident != null && !form.anonymous();
            return HttpResponse.seeOther(URI.create(linked ? "/complaints/mine/" + filed.id() + "?notice=filed"
                    : "/complaints/filed?code=" + filed.trackingCode()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            streams.forEach(ComplaintFormController::close);
        }
    }

    @Get("/filed")
    ModelAndView<ComplaintPages.FiledPage> filed(@QueryValue @Nullable String code) {
        boolean readable = ComplaintIntake.isTrackingCode(code);
        return new ModelAndView<>("portal/complaint/filed", new ComplaintPages.FiledPage(readable ? code : ""));
    }

    private static Actor resident(Authentication authentication) {
        Actor actor = authentication == null ? null : Actors.of(authentication);
        return actor != null && actor.is(Role.RESIDENT) ? actor : null;
    }

    private static void close(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // The upload's temporary file goes with the request either way.
        }
    }
}
