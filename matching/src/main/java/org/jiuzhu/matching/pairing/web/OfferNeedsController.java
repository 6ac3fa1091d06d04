package org.jiuzhu.matching.pairing.web;

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
import org.jiuzhu.matching.need.Coverage;
import org.jiuzhu.matching.need.Need;
import org.jiuzhu.matching.need.Needs;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.offer.OfferKind;
import org.jiuzhu.matching.offer.OfferNotFound;
import org.jiuzhu.matching.offer.OfferStatus;
import org.jiuzhu.matching.offer.Offers;
import org.jiuzhu.matching.pairing.Pairing;
import org.jiuzhu.matching.pairing.Pairings;
import org.jiuzhu.matching.pairing.Proposals;
import org.jiuzhu.matching.search.Match;
import org.jiuzhu.matching.search.Matcher;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The needs a published offer matches, as de-identified cards with reasons and flags, each with a form to propose
 * the offer; and the offer's pairings so far.
 */
@Controller("/charity/offers/{id}/needs")
@Produces(MediaType.TEXT_HTML)
@Secured("CHARITY")
@ExecuteOn(TaskExecutors.BLOCKING)
class OfferNeedsController {

    static final int MATCHES = 20;

    private final Offers offers;
    private final Needs needs;
    private final Coverage coverage;
    private final Matcher matcher;
    private final Pairings pairings;
    private final Proposals proposals;
    private final PairingPages pages;
    private final CsrfTokens csrf;

    OfferNeedsController(Offers offers, Needs needs, Coverage coverage, Matcher matcher, Pairings pairings,
                         Proposals proposals, PairingPages pages, CsrfTokens csrf) {
        this.offers = offers;
        this.needs = needs;
        this.coverage = coverage;
        this.matcher = matcher;
        this.pairings = pairings;
        this.proposals = proposals;
        this.pages = pages;
        this.csrf = csrf;
    }

    public record NeedsPage(long offerId, String title, String statusKey, boolean open, boolean volunteer,
                            List<SlotChoice> slots, List<PairingPages.Card> cards, List<PairingPages.Row> pairings,
                            Map<String, String> errors, Map<String, String> typed, long errorFor, String notice) {
    }

    /** A volunteer slot with places left, to propose. */
    public record SlotChoice(String value, String weekdayKey, String partKey, int remaining) {
    }

    @Get
    ModelAndView<NeedsPage> show(Authentication authentication, @PathVariable long id, @QueryValue Optional<String> done) {
        return page(authentication, id, Map.of(), Map.of(), 0,
                done.filter("proposed"::equals).map(d -> "matching.pairing.done.proposed").orElse(null));
    }

    @Post(value = "/{needId}/propose", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> propose(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                   @PathVariable long needId, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor charity = Actors.of(authentication);
        Proposals.Proposed proposed;
        try {
            proposed = proposals.propose(charity, id, needId, form.get("slot"), form.get("message"), Requests.ip(request));
        } catch (OfferNotFound e) {
            throw new AuthorizationException(authentication);
        }
        if (!proposed.errors().isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(authentication, id,
                    proposed.errors().asMap(), PairingPages.typed(form), needId, null));
        }
        return HttpResponse.seeOther(URI.create("/charity/offers/" + id + "/needs?done=proposed"));
    }

    private ModelAndView<NeedsPage> page(Authentication authentication, long id, Map<String, String> errors,
                                         Map<String, String> typed, long errorFor, String notice) {
        Actor charity = Actors.of(authentication);
        Offer offer;
        try {
            offer = offers.own(charity, id);
        } catch (OfferNotFound e) {
            throw new AuthorizationException(authentication);
        }
        List<Pairing> linked = pairings.ofOffer(charity, id);
        boolean open = offer.status() == OfferStatus.PUBLISHED;
        List<SlotChoice> slots = offer.slots().stream().filter(s -> s.remaining() > 0)
                .map(s -> new SlotChoice(s.key(), "matching.offer.weekday." + s.weekday(), s.part().messageKey(),
                        s.remaining())).toList();
        return new ModelAndView<>("matching/pairing/needs", new NeedsPage(offer.id(), offer.title(),
                offer.status().messageKey(), open, offer.kind() == OfferKind.VOLUNTEER, slots,
                open ? cards(offer, linked) : List.of(), linked.stream().map(pages::row).toList(), errors, typed,
                errorFor, notice));
    }

    /** Results of the index, kept only while the database still says the need is shared. */
    private List<PairingPages.Card> cards(Offer offer, List<Pairing> linked) {
        List<Match> found = matcher.needsForOffer(offer.id(), MATCHES);
        List<Long> ids = found.stream().map(Match::id).toList();
        Map<Long, Need> shared = needs.sharedAmong(ids).stream().collect(Collectors.toMap(Need::id, Function.identity()));
        Map<Long, String> covers = coverage.of(ids);
        Map<Long, Pairing> links = linked.stream().collect(Collectors.toMap(Pairing::needId, Function.identity()));
        return found.stream().filter(m -> shared.containsKey(m.id()))
                .map(m -> pages.card(shared.get(m.id()), m.reasons(), covers.get(m.id()), links.get(m.id()))).toList();
    }
}
