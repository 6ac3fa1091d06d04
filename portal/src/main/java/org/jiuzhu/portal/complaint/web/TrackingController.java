package org.jiuzhu.portal.complaint.web;

import io.micronaut.context.annotation.Value;
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
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.PasswordHasher;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.complaint.Tracking;
import org.jiuzhu.core.form.FieldErrors;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Following a complaint by tracking code and query password, without an account. A correct pair sets a short-lived
 * signed cookie, valid on these pages only, so the code and password are not carried in addresses or forms.
 */
@Controller("/complaints/track")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class TrackingController {

    static final String COOKIE = "jiuzhu-complaint";
    private static final String PATH = "/complaints/track";

    private final Tracking tracking;
    private final ComplaintPages pages;
    private final CsrfTokens csrf;
    private final boolean secure;

    TrackingController(Tracking tracking, ComplaintPages pages, CsrfTokens csrf,
                       @Value("${jiuzhu.cookie.secure:true}") boolean secure) {
        this.tracking = tracking;
        this.pages = pages;
        this.csrf = csrf;
        this.secure = secure;
    }

    @Get
    ModelAndView<ComplaintPages.TrackPage> form(@QueryValue @Nullable String code) {
        return new ModelAndView<>("portal/complaint/track",
                new ComplaintPages.TrackPage(code == null ? "" : code, Map.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(PasswordHasher.EXECUTOR)
    MutableHttpResponse<?> open(HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Tracking.Opened opened = tracking.open(form.get("code"), form.get("password"));
        if (!opened.ok()) {
            FieldErrors errors = new FieldErrors().add("code", opened.locked()
                    ? "portal.complaint.track.locked" : "portal.complaint.track.wrong");
            String code = form.getOrDefault("code", "");
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>(
                    "portal/complaint/track", new ComplaintPages.TrackPage(code, errors.asMap())));
        }
        return HttpResponse.seeOther(URI.create(PATH + "/view")).cookie(cookie(opened.ticket(), 1800));
    }

    @Get("/view")
    MutableHttpResponse<?> view(HttpRequest<?> request, @QueryValue @Nullable String notice) {
        Optional<Tracking.View> view = ticketed(request).flatMap(tracking::view);
        if (view.isEmpty()) {
            return HttpResponse.seeOther(URI.create(PATH));
        }
        return HttpResponse.ok(new ModelAndView<>("portal/complaint/view",
                pages.view(view.get(), PATH + "/view/rate", Map.of(), notice)));
    }

    @Post(value = "/view/rate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> rate(HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Optional<Long> id = ticketed(request);
        if (id.isEmpty()) {
            return HttpResponse.seeOther(URI.create(PATH));
        }
        FieldErrors errors = tracking.rate(null, id.get(), Forms.version(form), form.get("satisfaction"),
                form.get("comment"), Requests.ip(request));
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("portal/complaint/view",
                    pages.view(tracking.view(id.get()).orElseThrow(), PATH + "/view/rate", errors.asMap(), null)));
        }
        return HttpResponse.seeOther(URI.create(PATH + "/view?notice=rated"));
    }

    /** Forgets the ticket, for a shared computer. */
    @Post(value = "/end", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> end(HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        return HttpResponse.seeOther(URI.create(PATH)).cookie(cookie("", 0));
    }

    private Optional<Long> ticketed(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(tracking::ticketed);
    }

    private Cookie cookie(String value, long maxAge) {
        return Cookie.of(COOKIE, value).path(PATH).maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(SameSite.Strict);
    }
}
