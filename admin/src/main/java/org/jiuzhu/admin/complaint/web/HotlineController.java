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
import org.jiuzhu.core.complaint.ComplaintIntake;

import java.net.URI;
import java.util.Map;

/** Hotline intake (热线受理): the operator types the call in while or right after taking it. */
@Controller("/admin/hotline")
@Produces(MediaType.TEXT_HTML)
@Secured({"OPERATOR", "SUPERVISOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
class HotlineController {

    private final ComplaintIntake intake;
    private final HotlinePages pages;
    private final CsrfTokens csrf;

    HotlineController(ComplaintIntake intake, HotlinePages pages, CsrfTokens csrf) {
        this.intake = intake;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<HotlinePages.CallPage> form(Authentication authentication, @QueryValue @Nullable String reported) {
        boolean code = ComplaintIntake.isTrackingCode(reported);
        return new ModelAndView<>("admin/complaint/hotline", pages.form(Actors.of(authentication), Map.of(), Map.of(),
                code ? reported : ""));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> take(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor operator = Actors.of(authentication);
        ComplaintIntake.Filed filed = intake.takeCall(operator, new ComplaintIntake.CallForm(form.get("phone"),
                form.get("callAt"), form.get("type"), form.get("regionCode"), form.get("summary"),
                form.containsKey("urgent"), form.containsKey("wantsReply"), form.get("callerName"),
                form.get("subjectKind"), form.get("subjectDepartment"), form.get("subjectPerson")),
                Requests.ip(request));
        if (!filed.errors().isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>(
                    "admin/complaint/hotline", pages.form(operator, form, filed.errors().asMap(), "")));
        }
        if (!ComplaintIntake.readableAfterTaking(operator, form.get("type"))) {
            return HttpResponse.seeOther(URI.create("/admin/hotline?reported=" + filed.trackingCode()));
        }
        return HttpResponse.seeOther(URI.create("/admin/complaints/" + filed.id() + "?done=taken"));
    }
}
