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
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.offer.OfferKind;
import org.jiuzhu.matching.offer.OfferNotFound;
import org.jiuzhu.matching.offer.Offers;
import org.jiuzhu.matching.organization.Organization;
import org.jiuzhu.matching.organization.Organizations;

import java.net.URI;
import java.util.Map;

/** Creating an offer of either kind, and editing it while it is a draft. */
@Controller("/charity/offers")
@Produces(MediaType.TEXT_HTML)
@Secured("CHARITY")
@ExecuteOn(TaskExecutors.BLOCKING)
class OfferFormController {

    private final Offers offers;
    private final Organizations organizations;
    private final OfferPages pages;
    private final CsrfTokens csrf;

    OfferFormController(Offers offers, Organizations organizations, OfferPages pages, CsrfTokens csrf) {
        this.offers = offers;
        this.organizations = organizations;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get("/new")
    ModelAndView<OfferPages.FormPage> blank(Authentication authentication, @QueryValue(defaultValue = "PROJECT") String kind) {
        OfferKind chosen = "VOLUNTEER".equals(kind) ? OfferKind.VOLUNTEER : OfferKind.PROJECT;
        return form(authentication, "/charity/offers?kind=" + chosen.name(), chosen, Map.of(), Map.of(), null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> create(HttpRequest<?> request, Authentication authentication,
                                  @QueryValue(defaultValue = "PROJECT") String kind, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        OfferKind chosen = "VOLUNTEER".equals(kind) ? OfferKind.VOLUNTEER : OfferKind.PROJECT;
        Offers.Created created = offers.create(Actors.of(authentication), OfferForms.draft(chosen, form),
                Requests.ip(request));
        if (!created.errors().isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(form(authentication,
                    "/charity/offers?kind=" + chosen.name(), chosen, created.errors().asMap(),
                    OfferForms.withoutToken(form), null));
        }
        return HttpResponse.seeOther(URI.create("/charity/offers/" + created.id() + "?done=created"));
    }

    @Get("/{id}/edit")
    ModelAndView<OfferPages.FormPage> edit(Authentication authentication, @PathVariable long id) {
        Offer offer = own(authentication, id);
        return form(authentication, "/charity/offers/" + id + "/edit", offer.kind(), Map.of(), OfferForms.typed(offer),
                offer.version());
    }

    @Post(value = "/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Offer offer = own(authentication, id);
        FieldErrors errors = offers.update(Actors.of(authentication), id, OfferController.version(form),
                OfferForms.draft(offer.kind(), form), Requests.ip(request));
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(form(authentication,
                    "/charity/offers/" + id + "/edit", offer.kind(), errors.asMap(), OfferForms.withoutToken(form),
                    offer.version()));
        }
        return HttpResponse.seeOther(URI.create("/charity/offers/" + id + "?done=saved"));
    }

    private Offer own(Authentication authentication, long id) {
        try {
            return offers.own(Actors.of(authentication), id);
        } catch (OfferNotFound e) {
            throw new AuthorizationException(authentication);
        }
    }

    private ModelAndView<OfferPages.FormPage> form(Authentication authentication, String action, OfferKind kind,
                                                   Map<String, String> errors, Map<String, String> typed, Long version) {
        Actor actor = Actors.of(authentication);
        Organization organization = organizations.ofCharity(actor)
                .orElseThrow(() -> new AuthorizationException(authentication));
        return new ModelAndView<>("matching/offer/form", pages.form(action, kind, organization, errors, typed, version));
    }
}
