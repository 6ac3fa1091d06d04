package org.jiuzhu.portal.emergency.web;

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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.emergency.EmergencyIntake;
import org.jiuzhu.core.region.web.VillageChoices;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The emergency form and its receipt. A logged-in resident's request is linked to their account for messages. */
@Controller("/emergency")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class EmergencyController {

    private static final Pattern REFERENCE = Pattern.compile("[2-9A-Z]{10}");

    private final EmergencyIntake intake;
    private final VillageChoices villages;
    private final CsrfTokens csrf;

    EmergencyController(EmergencyIntake intake, VillageChoices villages, CsrfTokens csrf) {
        this.intake = intake;
        this.villages = villages;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<EmergencyPage> form() {
        return page(Map.of(), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> send(HttpRequest<?> request, @Nullable Authentication authentication,
                                @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor sender = authentication == null ? null : Actors.of(authentication);
        EmergencyIntake.Received received = intake.submit(sender != null && sender.is(Role.RESIDENT) ? sender : null,
                new EmergencyIntake.Submission(form.get("name"), form.get("phone"), form.get("regionCode"),
                        form.get("place"), form.get("whatHappened")), Requests.ip(request));
        if (!received.errors().isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(received.errors().asMap(), form));
        }
        return HttpResponse.seeOther(URI.create("/emergency/received?reference=" + received.reference()));
    }

    @Get("/received")
    ModelAndView<ReceivedPage> received(@QueryValue @Nullable String reference) {
        boolean readable = reference != null && REFERENCE.matcher(reference).matches();
        return new ModelAndView<>("portal/emergency/received", new ReceivedPage(readable ? reference : ""));
    }

    private ModelAndView<EmergencyPage> page(Map<String, String> errors, Map<String, String> typed) {
        return new ModelAndView<>("portal/emergency/form", new EmergencyPage(errors,
                typed.getOrDefault("name", ""), typed.getOrDefault("phone", ""),
                villages.groups(typed.getOrDefault("regionCode", "")), typed.getOrDefault("place", ""),
                typed.getOrDefault("whatHappened", "")));
    }

    /** The form with what was typed and the errors, if any. */
    public record EmergencyPage(Map<String, String> errors, String name, String phone,
                                List<VillageChoices.Group> villageGroups, String place, String whatHappened) {
    }

    /** {@code reference} is empty when the address was typed by hand and is not a reference. */
    public record ReceivedPage(String reference) {
    }
}
