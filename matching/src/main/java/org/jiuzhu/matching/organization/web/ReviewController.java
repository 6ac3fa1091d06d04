package org.jiuzhu.matching.organization.web;

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
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.matching.organization.Organization;
import org.jiuzhu.matching.organization.OrganizationNotFound;
import org.jiuzhu.matching.organization.OrganizationStatus;
import org.jiuzhu.matching.organization.Organizations;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Supervisors and administrators verify or reject the organizations registered in their region. */
@Controller("/admin/charities")
@Secured({"SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewController {

    private static final Map<String, String> DONE = Map.of("verified", "matching.organization.review.done.verified",
            "rejected", "matching.organization.review.done.rejected");

    private final Organizations organizations;
    private final OrganizationPages pages;
    private final CsrfTokens csrf;

    ReviewController(Organizations organizations, OrganizationPages pages, CsrfTokens csrf) {
        this.organizations = organizations;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<OrganizationPages.ReviewListPage> list(Authentication authentication) {
        List<Organization> all = organizations.forReview(Actors.of(authentication));
        return new ModelAndView<>("matching/organization/review-list", new OrganizationPages.ReviewListPage(
                all.stream().filter(o -> o.status() == OrganizationStatus.PENDING).map(pages::summary).toList(),
                all.stream().filter(o -> o.status() != OrganizationStatus.PENDING).map(pages::summary).toList()));
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<OrganizationPages.ReviewPage> show(Authentication authentication, @PathVariable long id,
                                                    @QueryValue Optional<String> done) {
        return page(authentication, id, Map.of(), Map.of(), done.map(DONE::get).orElse(null));
    }

    @Get("/{id}/certificate")
    @Produces({MediaType.APPLICATION_PDF, MediaType.IMAGE_JPEG, MediaType.IMAGE_PNG, MediaType.TEXT_HTML})
    MutableHttpResponse<?> certificate(Authentication authentication, @PathVariable long id) {
        return Certificates.send(organizations.certificate(Actors.of(authentication), id)
                .orElseThrow(() -> new AuthorizationException(authentication)));
    }

    @Post(value = "/{id}/verify", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    MutableHttpResponse<?> verify(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        return answer(authentication, id, form, "verified",
                found(authentication, () -> organizations.verify(actor, id, version(form), Requests.ip(request))));
    }

    @Post(value = "/{id}/reject", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    MutableHttpResponse<?> reject(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        return answer(authentication, id, form, "rejected", found(authentication, () ->
                organizations.reject(actor, id, version(form), form.get("reason"), Requests.ip(request))));
    }

    private MutableHttpResponse<?> answer(Authentication authentication, long id, Map<String, String> form,
                                          String done, FieldErrors errors) {
        if (errors.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/admin/charities/" + id + "?done=" + done));
        }
        Map<String, String> typed = new HashMap<>(form);
        typed.remove("csrfToken");
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(page(authentication, id, errors.asMap(), typed, null));
    }

    private ModelAndView<OrganizationPages.ReviewPage> page(Authentication authentication, long id,
                                                            Map<String, String> errors, Map<String, String> typed,
                                                            String notice) {
        Organization organization = found(authentication,
                () -> organizations.forReview(Actors.of(authentication), id));
        return new ModelAndView<>("matching/organization/review", new OrganizationPages.ReviewPage(
                pages.summary(organization), errors, typed, notice));
    }

    private static <T> T found(Authentication authentication, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (OrganizationNotFound e) {
            throw new AuthorizationException(authentication);
        }
    }

    private static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
