package org.jiuzhu.matching.offer.web;

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
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.offer.OfferNotFound;
import org.jiuzhu.matching.offer.OfferStatus;
import org.jiuzhu.matching.offer.Offers;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** One offer: its facts and its lifecycle buttons; the needs it matches are on the pairing pages. */
@Controller("/charity/offers/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured("CHARITY")
@ExecuteOn(TaskExecutors.BLOCKING)
class OfferController {

    private static final Map<String, String> DONE = Map.of("created", "matching.offer.done.created",
            "saved", "matching.offer.done.saved", "published", "matching.offer.done.published",
            "paused", "matching.offer.done.paused", "closed", "matching.offer.done.closed");

    private final Offers offers;
    private final OfferPages pages;
    private final CsrfTokens csrf;

    OfferController(Offers offers, OfferPages pages, CsrfTokens csrf) {
        this.offers = offers;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<OfferPages.DetailPage> show(Authentication authentication, @PathVariable long id,
                                             @QueryValue Optional<String> done) {
        return page(authentication, id, Map.of(), done.map(DONE::get).orElse(null));
    }

    @Post(value = "/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> publish(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                   @Body Map<String, String> form) {
        return move(request, authentication, id, form, OfferStatus.PUBLISHED, "published");
    }

    @Post(value = "/pause", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> pause(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                 @Body Map<String, String> form) {
        return move(request, authentication, id, form, OfferStatus.PAUSED, "paused");
    }

    @Post(value = "/close", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> close(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                 @Body Map<String, String> form) {
        return move(request, authentication, id, form, OfferStatus.CLOSED, "closed");
    }

    private MutableHttpResponse<?> move(HttpRequest<?> request, Authentication authentication, long id,
                                        Map<String, String> form, OfferStatus to, String done) {
        csrf.verify(request, form.get("csrfToken"));
        FieldErrors errors;
        try {
            errors = offers.move(Actors.of(authentication), id, version(form), to, Requests.ip(request));
        } catch (OfferNotFound e) {
            throw new AuthorizationException(authentication);
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(authentication, id, errors.asMap(), null));
        }
        return HttpResponse.seeOther(URI.create("/charity/offers/" + id + "?done=" + done));
    }

    private ModelAndView<OfferPages.DetailPage> page(Authentication authentication, long id,
                                                     Map<String, String> errors, String notice) {
        Offer offer;
        try {
            offer = offers.own(Actors.of(authentication), id);
        } catch (OfferNotFound e) {
            throw new AuthorizationException(authentication);
        }
        return new ModelAndView<>("matching/offer/detail", pages.detail(offer, errors, notice));
    }

    static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
