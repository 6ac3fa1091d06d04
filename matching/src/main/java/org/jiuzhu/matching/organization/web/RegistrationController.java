package org.jiuzhu.matching.organization.web;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.PasswordHasher;
import org.jiuzhu.core.account.CharityUsers;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.Forms;
import org.jiuzhu.matching.organization.Organizations;
import org.jiuzhu.matching.web.Ticks;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** A charity registers itself and its first user; the certificate is uploaded after logging in. */
@Controller("/charity/register")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class RegistrationController {

    static final String SERVED = "served-";

    private final Organizations organizations;
    private final OrganizationPages pages;
    private final CsrfTokens csrf;

    RegistrationController(Organizations organizations, OrganizationPages pages, CsrfTokens csrf) {
        this.organizations = organizations;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<OrganizationPages.RegistrationPage> form() {
        return new ModelAndView<>("matching/organization/register", pages.registration(Map.of(), Map.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(PasswordHasher.EXECUTOR)
    MutableHttpResponse<?> register(HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        FieldErrors errors = organizations.register(new Organizations.Registration(form.get("name"),
                form.get("creditCode"), form.get("regionCode"), Ticks.of(form, SERVED), form.get("contactName"),
                form.get("contactPhone"), form.get("introduction"), new CharityUsers.NewUser(form.get("username"),
                form.get("displayName"), Forms.chars(form.get("password")),
                Forms.chars(form.get("passwordConfirmation")))), Requests.ip(request));
        if (!errors.isEmpty()) {
            Map<String, String> typed = new HashMap<>(form);
            typed.remove("password");
            typed.remove("passwordConfirmation");
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>(
                    "matching/organization/register", pages.registration(errors.asMap(), typed)));
        }
        return HttpResponse.seeOther(URI.create("/login?notice=charity&next=/charity"));
    }
}
