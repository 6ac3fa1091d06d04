package org.jiuzhu.portal.publicity.web;

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
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.application.Listing;
import org.jiuzhu.core.application.Publicity;
import org.jiuzhu.core.application.web.CaseViews;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.region.Regions;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The publicity list anyone may read, and the objection form anyone may send while a listing runs. A listing that
 * does not exist or has ended answers 404: there is nothing to object to.
 */
@Controller("/publicity")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicityController {

    private static final int PAGE_SIZE = 50;
    private static final String PROVINCE_WIDE = "";

    private final Publicity publicity;
    private final Regions regions;
    private final CsrfTokens csrf;

    PublicityController(Publicity publicity, Regions regions, CsrfTokens csrf) {
        this.publicity = publicity;
        this.regions = regions;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<PublicityPages.ListPage> list(@QueryValue Optional<Integer> page,
                                               @QueryValue Optional<String> objected) {
        int shown = Math.max(0, page.orElse(0));
        Publicity.Running running = publicity.running(PROVINCE_WIDE, shown, PAGE_SIZE);
        return new ModelAndView<>("portal/publicity/list", new PublicityPages.ListPage(
                running.listings().stream().map(this::row).toList(), running.total(), shown,
                shown > 0, (long) (shown + 1) * PAGE_SIZE < running.total(), objected.isPresent()));
    }

    @Get("/{id}/objection")
    ModelAndView<PublicityPages.ObjectionPage> form(@PathVariable long id) {
        return objectionPage(id, Map.of(), Map.of());
    }

    @Post(value = "/{id}/objection", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> object(HttpRequest<?> request, @PathVariable long id, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        FieldErrors errors = publicity.object(id, form.get("text"), form.get("contactName"), form.get("phone"),
                Requests.ip(request));
        if (errors.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/publicity?objected=1"));
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(objectionPage(id, errors.asMap(), form));
    }

    private ModelAndView<PublicityPages.ObjectionPage> objectionPage(long id, Map<String, String> errors,
                                                                    Map<String, String> typed) {
        Listing listing = publicity.runningListing(id)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no running listing"));
        return new ModelAndView<>("portal/publicity/objection", new PublicityPages.ObjectionPage(row(listing),
                errors, typed.getOrDefault("text", ""), typed.getOrDefault("contactName", ""),
                typed.getOrDefault("phone", "")));
    }

    private PublicityPages.Row row(Listing l) {
        return new PublicityPages.Row(l.id(), l.maskedName(), l.maskedIdNumber().isEmpty() ? "—" : l.maskedIdNumber(),
                regions.pathName(l.regionCode()), l.householdSize(),
                CaseViews.keys(l.categories()), l.monthlyAmount() == null ? "" : CaseViews.money(l.monthlyAmount()),
                l.startsOn().toString(), l.endsOn().toString());
    }
}
