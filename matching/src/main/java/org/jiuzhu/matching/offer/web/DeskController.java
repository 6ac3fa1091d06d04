package org.jiuzhu.matching.offer.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.matching.offer.Offers;
import org.jiuzhu.matching.organization.Organization;
import org.jiuzhu.matching.organization.Organizations;

/** The charity user's desk: their organization's standing and its offers. */
@Controller("/charity")
@Produces(MediaType.TEXT_HTML)
@Secured("CHARITY")
@ExecuteOn(TaskExecutors.BLOCKING)
class DeskController {

    private final Organizations organizations;
    private final Offers offers;
    private final OfferPages pages;

    DeskController(Organizations organizations, Offers offers, OfferPages pages) {
        this.organizations = organizations;
        this.offers = offers;
        this.pages = pages;
    }

    @Get
    ModelAndView<OfferPages.DeskPage> desk(Authentication authentication) {
        Actor actor = Actors.of(authentication);
        Organization organization = organizations.ofCharity(actor)
                .orElseThrow(() -> new AuthorizationException(authentication));
        return new ModelAndView<>("matching/offer/desk", new OfferPages.DeskPage(organization.name(),
                organization.status().messageKey(), organization.verified(),
                offers.ofCharity(actor).stream().map(pages::row).toList()));
    }
}
