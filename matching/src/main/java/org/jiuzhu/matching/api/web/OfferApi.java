package org.jiuzhu.matching.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.matching.api.DirectPublishing;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.offer.OfferDraft;
import org.jiuzhu.matching.offer.OfferKind;
import org.jiuzhu.matching.offer.OfferNotFound;
import org.jiuzhu.matching.offer.Offers;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** {@code /api/v1/offers}: charities create offers; the owner, and staff for their region, read an offer's matches. */
@Controller("/api/v1/offers")
@Secured({"CHARITY", "VILLAGE_OFFICER", "CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class OfferApi {

    private final DirectPublishing publishing;
    private final Offers offers;
    private final OfferMatches matches;
    private final Problems problems;

    OfferApi(DirectPublishing publishing, Offers offers, OfferMatches matches, Problems problems) {
        this.publishing = publishing;
        this.offers = offers;
        this.matches = matches;
        this.problems = problems;
    }

    @Post
    @Secured("CHARITY")
    @Operation(summary = "Create an offer (charity users)", description = "A charity project or volunteer service of "
            + "the caller's organization, published at once unless publish is false. Publishing needs a verified "
            + "organization; when it is refused nothing is stored.")
    @ApiResponse(responseCode = "201", description = "Created; Location is its matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @ApiResponse(responseCode = "400", description = "Problem details; errors[] names each bad field",
            content = @Content(mediaType = Problems.TYPE))
    @ApiResponse(responseCode = "422", description = "Problem details: the offer may not be published now",
            content = @Content(mediaType = Problems.TYPE))
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body OfferInput body) {
        Locale locale = Requests.locale(request);
        OfferKind kind = "VOLUNTEER".equals(body.kind()) ? OfferKind.VOLUNTEER
                : "PROJECT".equals(body.kind()) ? OfferKind.PROJECT : null;
        if (kind == null) {
            return problems.field("kind", "matching.api.error.kind", locale);
        }
        Actor charity = Actors.of(authentication);
        boolean publish = body.publish() == null || body.publish();
        Offers.Created created;
        try {
            created = publishing.create(charity, draft(kind, body), publish, Requests.ip(request));
        } catch (DirectPublishing.Refused refused) {
            return problems.of(refused.errors(), locale);
        } catch (OfferNotFound e) {
            return problems.field("state", "matching.api.error.noOrganization", locale);
        }
        if (!created.errors().isEmpty()) {
            return problems.of(created.errors(), locale);
        }
        return HttpResponse.created(Map.of("id", created.id(), "status", publish ? "PUBLISHED" : "DRAFT"),
                URI.create("/api/v1/offers/" + created.id() + "/matches"));
    }

    @Get("/{id}/matches")
    @Operation(summary = "Needs matching an offer, best first", description = "De-identified needs still shared, "
            + "with the reasons they matched. Charities read their own offers; staff read needs of their region only.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MatchView.class)))
    @ApiResponse(responseCode = "400", description = "limit is not 1 to 100", content = @Content(mediaType = Problems.TYPE))
    @ApiResponse(responseCode = "404", description = "No such offer for the caller", content = @Content(mediaType = Problems.TYPE))
    @Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
    HttpResponse<?> matches(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                            @Nullable @QueryValue String limit) {
        Locale locale = Requests.locale(request);
        OptionalInt n = Limits.parse(limit);
        if (n.isEmpty()) {
            return problems.field("limit", "matching.api.error.limit", locale);
        }
        Actor actor = Actors.of(authentication);
        Optional<Offer> offer = actor.is(Role.CHARITY) ? own(actor, id) : offers.find(id);
        if (offer.isEmpty()) {
            return problems.notFound(locale);
        }
        return HttpResponse.ok(matches.of(offer.get(), actor, n.getAsInt(), locale));
    }

    private Optional<Offer> own(Actor charity, long id) {
        try {
            return Optional.of(offers.own(charity, id));
        } catch (OfferNotFound e) {
            return Optional.empty();
        }
    }

    private static OfferDraft draft(OfferKind kind, OfferInput in) {
        return new OfferDraft(kind, in.title(), in.description(), in.aidKind(), set(in.targets()),
                number(in.amountPerBeneficiary()), in.goods(), number(in.budget()), in.skills(), in.baseRegionCode(),
                in.radiusKm() == null ? null : in.radiusKm().toString(),
                in.capacity() == null ? null : in.capacity().toString(), in.startsOn(), in.endsOn(),
                set(in.regions()), set(in.slots()));
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values.stream().filter(v -> v != null).toList());
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
