package org.jiuzhu.matching.offer.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.matching.AidKind;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.offer.OfferStatus;
import org.jiuzhu.matching.offer.Offers;
import org.jiuzhu.matching.search.Match;
import org.jiuzhu.matching.search.Matcher;
import org.jiuzhu.matching.search.ServiceSearch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /services}: anyone, logged in or not, finds the charity projects and volunteer services open near a place,
 * by keyword, kind of help and type. A search changes nothing, so it is a GET and needs no token.
 */
@Controller("/services")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ServicesController {

    static final int RESULTS = 30;
    static final int MAX_KEYWORDS = 50;

    private final Matcher matcher;
    private final Offers offers;
    private final Regions regions;
    private final ServicePages pages;

    ServicesController(Matcher matcher, Offers offers, Regions regions, ServicePages pages) {
        this.matcher = matcher;
        this.offers = offers;
        this.regions = regions;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> search(@Nullable @QueryValue String region, @Nullable @QueryValue String aid,
                                                   @Nullable @QueryValue String type, @Nullable @QueryValue String q) {
        Map<String, String> typed = new HashMap<>();
        put(typed, "region", region);
        put(typed, "aid", aid);
        put(typed, "type", type);
        put(typed, "q", q);
        if (typed.isEmpty()) {
            return HttpResponse.ok(view(typed, Map.of(), false, List.of()));
        }
        FieldErrors errors = new FieldErrors();
        if (region == null || !pages.known(region)) {
            errors.add("region", "matching.services.error.region");
        }
        AidKind kind = aid == null || aid.isBlank() ? null : AidKind.parse(aid);
        if (aid != null && !aid.isBlank() && kind == null) {
            errors.add("aid", "matching.services.error.aid");
        }
        String keywords = q == null ? "" : q.strip();
        if (keywords.length() > MAX_KEYWORDS) {
            errors.add("q", "matching.services.error.q");
        }
        if (!errors.isEmpty()) {
            return HttpResponse.badRequest(view(typed, errors.asMap(), false, List.of()));
        }
        Boolean volunteer = "VOLUNTEER".equals(type) ? Boolean.TRUE : "PROJECT".equals(type) ? Boolean.FALSE : null;
        ServiceSearch search = new ServiceSearch(regions.chain(region),
                regions.get(region).scope().prefix(), regions.centre(region).orElse(null),
                kind == null ? null : kind.name(), volunteer, keywords);
        List<ServicePages.Service> results = new ArrayList<>();
        for (Match m : matcher.services(search, RESULTS)) {
            Optional<Offer> offer = offers.find(m.id()).filter(o -> o.status() == OfferStatus.PUBLISHED);
            offer.ifPresent(o -> results.add(pages.service(o, m.reasons())));
        }
        return HttpResponse.ok(view(typed, Map.of(), true, results));
    }

    private ModelAndView<ServicePages.ServicesPage> view(Map<String, String> typed, Map<String, String> errors,
                                                         boolean searched, List<ServicePages.Service> results) {
        return new ModelAndView<>("matching/offer/services", pages.page(typed, errors, searched, results));
    }

    private static void put(Map<String, String> typed, String name, String value) {
        if (value != null && !value.isBlank()) {
            typed.put(name, value.strip());
        }
    }
}
