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
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.matching.need.Need;
import org.jiuzhu.matching.need.NeedRequest;
import org.jiuzhu.matching.need.Needs;
import org.jiuzhu.matching.need.RecordedNeeds;
import org.jiuzhu.matching.offer.Offer;
import org.jiuzhu.matching.offer.OfferStatus;
import org.jiuzhu.matching.offer.Offers;
import org.jiuzhu.matching.search.Match;
import org.jiuzhu.matching.search.Matcher;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code /api/v1/needs}: staff record needs from signed paper consent and read the offers matching a need. */
@Controller("/api/v1/needs")
@Secured({"VILLAGE_OFFICER", "CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class NeedApi {

    private final RecordedNeeds recorded;
    private final Needs needs;
    private final Offers offers;
    private final Matcher matcher;
    private final MatchTexts texts;
    private final Problems problems;

    NeedApi(RecordedNeeds recorded, Needs needs, Offers offers, Matcher matcher, MatchTexts texts, Problems problems) {
        this.recorded = recorded;
        this.needs = needs;
        this.offers = offers;
        this.matcher = matcher;
        this.texts = texts;
        this.problems = problems;
    }

    @Post
    @Operation(summary = "Record a need (staff)", description = "For a supported or watched household of the "
            + "caller's region, from the consent form the resident signed (its number is kept). Shared with charities "
            + "at once; the resident is told and can revoke it on the portal.")
    @ApiResponse(responseCode = "201", description = "Created and shared; Location is its matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchView.NeedCard.class)))
    @ApiResponse(responseCode = "400", description = "Problem details; errors[] names each bad field",
            content = @Content(mediaType = Problems.TYPE))
    @ApiResponse(responseCode = "422", description = "Problem details: the household shares 10 needs already",
            content = @Content(mediaType = Problems.TYPE))
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body NeedInput body) {
        Locale locale = Requests.locale(request);
        if (body.applicationId() == null) {
            return problems.field("applicationId", "matching.need.error.household", locale);
        }
        NeedRequest need = new NeedRequest(body.member() == null ? null : body.member().toString(), body.aidKind(),
                body.text(), body.urgency(), body.targets() == null ? java.util.Set.of()
                : new LinkedHashSet<>(body.targets().stream().filter(t -> t != null).toList()));
        Needs.Checked checked = recorded.record(Actors.of(authentication), body.applicationId(), need,
                body.consentForm(), Requests.ip(request));
        if (!checked.errors().isEmpty()) {
            return problems.of(checked.errors(), locale);
        }
        Need n = checked.need();
        return HttpResponse.created(texts.need(n, null, locale), URI.create("/api/v1/needs/" + n.id() + "/matches"));
    }

    @Get("/{id}/matches")
    @Operation(summary = "Offers matching a need, best first", description = "Published offers with places left, "
            + "with the reasons they matched; for needs of the caller's region that are still shared.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MatchView.class)))
    @ApiResponse(responseCode = "400", description = "limit is not 1 to 100", content = @Content(mediaType = Problems.TYPE))
    @ApiResponse(responseCode = "404", description = "No such need in the caller's region",
            content = @Content(mediaType = Problems.TYPE))
    @Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
    HttpResponse<?> matches(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                            @Nullable @QueryValue String limit) {
        Locale locale = Requests.locale(request);
        OptionalInt n = Limits.parse(limit);
        if (n.isEmpty()) {
            return problems.field("limit", "matching.api.error.limit", locale);
        }
        Actor staff = Actors.of(authentication);
        Optional<Need> need = needs.find(id).filter(x -> staff.scope().contains(x.regionCode()));
        if (need.isEmpty()) {
            return problems.notFound(locale);
        }
        List<MatchView.Item> items = new ArrayList<>();
        for (Match m : matcher.offersForNeed(id, n.getAsInt())) {
            Optional<Offer> offer = offers.find(m.id()).filter(o -> o.status() == OfferStatus.PUBLISHED);
            offer.ifPresent(o -> items.add(new MatchView.Item(items.size() + 1, m.score(), texts.reasons(m, locale),
                    null, texts.offer(o))));
        }
        return HttpResponse.ok(new MatchView(id, items));
    }
}
