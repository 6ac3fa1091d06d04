package org.jiuzhu.portal.registration.web;

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
import org.jiuzhu.core.account.PasswordPolicy;
import org.jiuzhu.core.account.Registrations;
import org.jiuzhu.core.account.ResidentRegistration;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.Forms;
import org.jiuzhu.core.form.InvalidInput;
import org.jiuzhu.core.region.web.VillageChoices;

import java.net.URI;
import java.util.Map;

@Controller("/register")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class RegistrationController {

    private final Registrations registrations;
    private final VillageChoices villages;
    private final PasswordPolicy passwordPolicy;
    private final CsrfTokens csrf;

    RegistrationController(Registrations registrations, VillageChoices villages, PasswordPolicy passwordPolicy,
                           CsrfTokens csrf) {
        this.registrations = registrations;
        this.villages = villages;
        this.passwordPolicy = passwordPolicy;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<RegistrationPage> form() {
        return view(new RegistrationForm("", "", "", "", null, null, null), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(PasswordHasher.EXECUTOR)
    MutableHttpResponse<?> register(HttpRequest<?> request, @Body RegistrationForm form) {
        csrf.verify(request, form.csrfToken());
        try {
            registrations.register(new ResidentRegistration(form.name(), form.phone(), form.idNumber(),
                    form.regionCode(), Forms.chars(form.password()), Forms.chars(form.passwordConfirmation())), Requests.ip(request));
        } catch (InvalidInput invalid) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(view(form, invalid.errors().asMap()));
        }
        return HttpResponse.seeOther(URI.create("/login?notice=registered"));
    }

    private ModelAndView<RegistrationPage> view(RegistrationForm form, Map<String, String> errors) {
        return new ModelAndView<>("portal/registration/form", new RegistrationPage(Forms.text(form.name()),
                Forms.text(form.phone()), Forms.text(form.idNumber()), errors, villages.groups(form.regionCode()),
                passwordPolicy.minimumLength(false)));
    }

}
