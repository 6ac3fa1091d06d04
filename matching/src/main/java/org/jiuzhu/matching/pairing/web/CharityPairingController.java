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
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.matching.need.Coverage;
import org.jiuzhu.matching.need.Needs;
import org.jiuzhu.matching.pairing.Cancellations;
import org.jiuzhu.matching.pairing.Contacts;
import org.jiuzhu.matching.pairing.Deliveries;
import org.jiuzhu.matching.pairing.Pairing;
import org.jiuzhu.matching.pairing.PairingNotFound;
import org.jiuzhu.matching.pairing.Pairings;
import org.jiuzhu.matching.pairing.Proposals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One pairing on the charity's side: the need card, the state, the contact the resident released (masked; the full
 * phone on request, audited), and the actions of the moment: withdraw, record delivery, cancel.
 */
@Controller("/charity/pairings/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured("CHARITY")
@ExecuteOn(TaskExecutors.BLOCKING)
class CharityPairingController {

    private static final Map<String, String> DONE = Map.of("withdrawn", "matching.pairing.done.withdrawn",
            "delivered", "matching.pairing.done.delivered", "cancelled", "matching.pairing.done.cancelled");

    private final Pairings pairings;
    private final Proposals proposals;
    private final Deliveries deliveries;
    private final Cancellations cancellations;
    private final Contacts contacts;
    private final Needs needs;
    private final Coverage coverage;
    private final PairingPages pages;
    private final CsrfTokens csrf;

    CharityPairingController(Pairings pairings, Proposals proposals, Deliveries deliveries,
                             Cancellations cancellations, Contacts contacts, Needs needs, Coverage coverage,
                             PairingPages pages, CsrfTokens csrf) {
        this.pairings = pairings;
        this.proposals = proposals;
        this.deliveries = deliveries;
        this.cancellations = cancellations;
        this.contacts = contacts;
        this.needs = needs;
        this.coverage = coverage;
        this.pages = pages;
        this.csrf = csrf;
    }

    public record DetailPage(PairingPages.Row pairing, long offerId, PairingPages.Card card, String delivered,
                             String note, Contacts.Contact contact, String today, Map<String, String> errors,
                             Map<String, String> typed, String notice) {
    }

    @Get
    ModelAndView<DetailPage> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @QueryValue Optional<String> done) {
        return page(request, authentication, id, false, Map.of(), Map.of(),
                done.map(DONE::get).orElse(null));
    }

    @Post(value = "/contact", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<DetailPage> contact(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                     @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        return page(request, authentication, id, true, Map.of(), Map.of(), null);
    }

    @Post(value = "/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> withdraw(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                    @Body Map<String, String> form) {
        Actor charity = Actors.of(authentication);
        return act(request, authentication, id, form, "withdrawn",
                () -> proposals.withdraw(charity, id, Requests.ip(request)));
    }

    @Post(value = "/deliver", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> deliver(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                   @Body Map<String, String> form) {
        Actor charity = Actors.of(authentication);
        Deliveries.Typed typed = new Deliveries.Typed(form.get("amount"), form.get("goods"), form.get("hours"),
                form.get("on"));
        return act(request, authentication, id, form, "delivered",
                () -> deliveries.deliver(charity, id, typed, Requests.ip(request)));
    }

    @Post(value = "/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> cancel(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        Actor charity = Actors.of(authentication);
        return act(request, authentication, id, form, "cancelled",
                () -> cancellations.cancel(charity, id, form.get("note"), Requests.ip(request)));
    }

    private MutableHttpResponse<?> act(HttpRequest<?> request, Authentication authentication, long id,
                                       Map<String, String> form, String done, Supplier<FieldErrors> action) {
        csrf.verify(request, form.get("csrfToken"));
        return PairingActions.run(authentication, action,
                errors -> page(request, authentication, id, false, errors, PairingPages.typed(form), null),
                "/charity/pairings/" + id + "?done=" + done);
    }

    private ModelAndView<DetailPage> page(HttpRequest<?> request, Authentication authentication, long id,
                                          boolean fullPhone, Map<String, String> errors, Map<String, String> typed,
                                          String notice) {
        Actor charity = Actors.of(authentication);
        Pairing pairing;
        Contacts.Contact contact;
        try {
            pairing = pairings.forCharity(charity, id);
            contact = contacts.of(charity, id, fullPhone, Requests.ip(request)).orElse(null);
        } catch (PairingNotFound e) {
            throw new AuthorizationException(authentication);
        }
        PairingPages.Card card = needs.find(pairing.needId()).map(n -> pages.card(n, List.of(),
                coverage.of(List.of(n.id())).get(n.id()), null)).orElseThrow();
        return new ModelAndView<>("matching/pairing/charity", new DetailPage(pages.row(pairing), pairing.offerId(),
                card, PairingPages.delivered(pairing.delivery()), pairing.answerNote(), contact, pages.today().toString(),
                errors, typed, notice));
    }
}
