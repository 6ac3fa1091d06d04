package org.jiuzhu.matching.pairing.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.matching.pairing.Answers;
import org.jiuzhu.matching.pairing.Cancellations;
import org.jiuzhu.matching.pairing.Pairings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The resident's proposals from charities: accept (releasing a name and phone to that organization only, with its
 * own consent tick), decline, or cancel an accepted one.
 */
@Controller("/charity-help/pairings")
@Produces(MediaType.TEXT_HTML)
@Secured("RESIDENT")
@ExecuteOn(TaskExecutors.BLOCKING)
class ResidentPairingController {

    private static final Map<String, String> DONE = Map.of("accepted", "matching.pairing.done.accepted",
            "declined", "matching.pairing.done.declined", "cancelled", "matching.pairing.done.cancelled");

    private final Pairings pairings;
    private final Answers answers;
    private final Cancellations cancellations;
    private final PairingPages pages;
    private final CsrfTokens csrf;

    ResidentPairingController(Pairings pairings, Answers answers, Cancellations cancellations, PairingPages pages,
                              CsrfTokens csrf) {
        this.pairings = pairings;
        this.answers = answers;
        this.cancellations = cancellations;
        this.pages = pages;
        this.csrf = csrf;
    }

    public record ResidentPage(List<PairingPages.Item> items, Map<String, String> errors, Map<String, String> typed,
                               long errorFor, String notice) {
    }

    @Get
    ModelAndView<ResidentPage> show(Authentication authentication, @QueryValue Optional<String> done) {
        return page(Actors.of(authentication), Map.of(), Map.of(), 0, done.map(DONE::get).orElse(null));
    }

    @Post(value = "/{id}/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> accept(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        Actor resident = Actors.of(authentication);
        return act(request, authentication, id, form, "accepted", () -> answers.accept(resident, id, form.get("phone"),
                "yes".equals(form.get("consent")), form.get("note"), Requests.ip(request)));
    }

    @Post(value = "/{id}/decline", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> decline(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                   @Body Map<String, String> form) {
        Actor resident = Actors.of(authentication);
        return act(request, authentication, id, form, "declined",
                () -> answers.decline(resident, id, form.get("note"), Requests.ip(request)));
    }

    @Post(value = "/{id}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> cancel(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        Actor resident = Actors.of(authentication);
        return act(request, authentication, id, form, "cancelled",
                () -> cancellations.cancel(resident, id, form.get("note"), Requests.ip(request)));
    }

    private MutableHttpResponse<?> act(HttpRequest<?> request, Authentication authentication, long id,
                                       Map<String, String> form, String done, Supplier<FieldErrors> action) {
        csrf.verify(request, form.get("csrfToken"));
        return PairingActions.run(authentication, action,
                errors -> page(Actors.of(authentication), errors, PairingPages.typed(form), id, null),
                "/charity-help/pairings?done=" + done);
    }

    private ModelAndView<ResidentPage> page(Actor resident, Map<String, String> errors, Map<String, String> typed,
                                            long errorFor, String notice) {
        return new ModelAndView<>("matching/pairing/resident", new ResidentPage(
                pairings.ofResident(resident).stream().map(pages::item).toList(), errors, typed, errorFor, notice));
    }
}
