package org.jiuzhu.matching.offer.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.matching.need.Need;
import org.jiuzhu.matching.need.Needs;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.offer.OfferStatus;
import org.jiuzhu.matching.offer.Offers;
import org.jiuzhu.matching.search.Match;
import org.jiuzhu.matching.search.Matcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /charity-help/{id}/services}: the open projects and volunteer services that match a need the resident shares,
 * best first, with the reasons. Charities that run them can see the need and propose help; nothing is sent from here.
 */
@Controller("/charity-help/{id}/services")
@Produces(MediaType.TEXT_HTML)
@Secured("RESIDENT")
@ExecuteOn(TaskExecutors.BLOCKING)
class NeedServicesController {

    static final int RESULTS = 20;

    private final Needs needs;
    private final Matcher matcher;
    private final Offers offers;
    private final ServicePages pages;
    private final Refusals refusals;

    NeedServicesController(Needs needs, Matcher matcher, Offers offers, ServicePages pages, Refusals refusals) {
        this.needs = needs;
        this.matcher = matcher;
        this.offers = offers;
        this.pages = pages;
        this.refusals = refusals;
    }

    /** The need as the resident wrote it, and the services for it. */
    public record ForNeedPage(String aidKey, String text, List<ServicePages.Service> results) {
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        Optional<Need> need = needs.ofResident(Actors.of(authentication)).stream()
                .filter(n -> n.id() == id && n.shared()).findFirst();
        if (need.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        List<ServicePages.Service> results = new ArrayList<>();
        for (Match m : matcher.offersForNeed(id, RESULTS)) {
            Optional<Offer> offer = offers.find(m.id()).filter(o -> o.status() == OfferStatus.PUBLISHED);
            offer.ifPresent(o -> results.add(pages.service(o, m.reasons())));
        }
        return HttpResponse.ok(new ModelAndView<>("matching/offer/for-need", new ForNeedPage(
                need.get().aidKind().messageKey(), need.get().text(), results)));
    }
}
