package org.jiuzhu.matching.organization.web;

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
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.matching.organization.Organization;
import org.jiuzhu.matching.organization.Organizations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** A charity user's own organization: its standing, the reviewer's reason, and the certificate upload. */
@Controller("/charity/organization")
@Secured("CHARITY")
@ExecuteOn(TaskExecutors.BLOCKING)
class OwnOrganizationController {

    private final Organizations organizations;
    private final OrganizationPages pages;
    private final CsrfTokens csrf;

    OwnOrganizationController(Organizations organizations, OrganizationPages pages, CsrfTokens csrf) {
        this.organizations = organizations;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<OrganizationPages.OwnPage> show(Authentication authentication, @QueryValue Optional<String> uploaded) {
        return page(authentication, Map.of(), uploaded.isPresent() ? "matching.organization.uploaded" : null);
    }

    @Post(value = "/certificate", consumes = MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    MutableHttpResponse<?> upload(HttpRequest<?> request, Authentication authentication,
                                  @Nullable @Part("csrfToken") String csrfToken,
                                  @Nullable @Part("file") CompletedFileUpload file) {
        csrf.verify(request, csrfToken);
        Actor actor = Actors.of(authentication);
        FieldErrors errors;
        if (file == null || file.getSize() == 0) {
            errors = new FieldErrors().add("file", "matching.organization.error.certificate.empty");
        } else if (file.getSize() > Organizations.CERTIFICATE_LIMIT) {
            errors = new FieldErrors().add("file", "matching.organization.error.certificate.size");
        } else {
            try (InputStream content = file.getInputStream()) {
                errors = organizations.uploadCertificate(actor, content.readAllBytes(), Requests.ip(request));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(authentication, errors.asMap(), null));
        }
        return HttpResponse.seeOther(URI.create("/charity/organization?uploaded=1"));
    }

    @Get("/certificate")
    @Produces({MediaType.APPLICATION_PDF, MediaType.IMAGE_JPEG, MediaType.IMAGE_PNG, MediaType.TEXT_HTML})
    MutableHttpResponse<?> certificate(Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return Certificates.send(organizations.certificate(actor, actor.organizationId() == null ? -1 : actor.organizationId())
                .orElseThrow(() -> new AuthorizationException(authentication)));
    }

    private ModelAndView<OrganizationPages.OwnPage> page(Authentication authentication, Map<String, String> errors,
                                                         String notice) {
        Organization own = organizations.ofCharity(Actors.of(authentication))
                .orElseThrow(() -> new AuthorizationException(authentication));
        return new ModelAndView<>("matching/organization/own", new OrganizationPages.OwnPage(pages.summary(own), errors, notice));
    }
}
