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
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.matching.need.Coverage;
import org.jiuzhu.matching.need.Needs;
import org.jiuzhu.matching.pairing.Answers;
import org.jiuzhu.matching.pairing.Cancellations;
import org.jiuzhu.matching.pairing.Pairing;
import org.jiuzhu.matching.pairing.PairingNotFound;
import org.jiuzhu.matching.pairing.PairingStatus;
import org.jiuzhu.matching.pairing.Pairings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Pairings in the staff member's region: caseworkers and supervisors follow them; a village officer answers a
 * proposal for a resident who consented in person, or cancels an accepted one for them.
 */
@Controller("/admin/pairings")
@Produces(MediaType.TEXT_HTML)
@Secured({"VILLAGE_OFFICER", "CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffPairingController {

    private static final Map<String, String> DONE = Map.of("accepted", "matching.pairing.done.acceptedForResident",
            "declined", "matching.pairing.done.declined", "cancelled", "matching.pairing.done.cancelled");

    private final Pairings pairings;
    private final Answers answers;
    private final Cancellations cancellations;
    private final Needs needs;
    private final Coverage coverage;
    private final PairingPages pages;
    private final CsrfTokens csrf;

    StaffPairingController(Pairings pairings, Answers answers, Cancellations cancellations, Needs needs,
                           Coverage coverage, PairingPages pages, CsrfTokens csrf) {
        this.pairings = pairings;
        this.answers = answers;
        this.cancellations = cancellations;
        this.needs = needs;
        this.coverage = coverage;
        this.pages = pages;
        this.csrf = csrf;
    }

    /** {@code status} is the filter in use ("" for all). */
    public record ListPage(List<PairingPages.Row> rows, List<String> statuses, String status) {
    }

    /** {@code answers}: whether this user may answer for the resident (a village officer of the village). */
    public record DetailPage(PairingPages.Item item, PairingPages.Card card, String place, boolean answers,
                             Map<String, String> errors, Map<String, String> typed, String notice) {
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication, @QueryValue Optional<String> status) {
        PairingStatus filter = status.flatMap(s -> Arrays.stream(PairingStatus.values())
                .filter(p -> p.name().equals(s)).findFirst()).orElse(null);
        List<PairingPages.Row> rows = pairings.inRegion(Actors.of(authentication), filter).stream().map(pages::row)
                .toList();
        return new ModelAndView<>("matching/pairing/staff-list", new ListPage(rows,
                Arrays.stream(PairingStatus.values()).map(Enum::name).toList(), filter == null ? "" : filter.name()));
    }

    @Get("/{id}")
    ModelAndView<DetailPage> show(Authentication authentication, @PathVariable long id,
                                  @QueryValue Optional<String> done) {
        return page(authentication, id, Map.of(), Map.of(), done.map(DONE::get).orElse(null));
    }

    @Post(value = "/{id}/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> accept(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        Actor officer = Actors.of(authentication);
        return act(request, authentication, id, form, "accepted", () -> answers.accept(officer, id, form.get("phone"),
                "yes".equals(form.get("consent")), form.get("note"), Requests.ip(request)));
    }

    @Post(value = "/{id}/decline", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> decline(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                   @Body Map<String, String> form) {
        Actor officer = Actors.of(authentication);
        return act(request, authentication, id, form, "declined",
                () -> answers.decline(officer, id, form.get("note"), Requests.ip(request)));
    }

    @Post(value = "/{id}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> cancel(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        Actor officer = Actors.of(authentication);
        return act(request, authentication, id, form, "cancelled",
                () -> cancellations.cancel(officer, id, form.get("note"), Requests.ip(request)));
    }

    private MutableHttpResponse<?> act(HttpRequest<?> request, Authentication authentication, long id,
                                       Map<String, String> form, String done, Supplier<FieldErrors> action) {
        csrf.verify(request, form.get("csrfToken"));
        return PairingActions.run(authentication, action,
                errors -> page(authentication, id, errors, PairingPages.typed(form), null),
                "/admin/pairings/" + id + "?done=" + done);
    }

    private ModelAndView<DetailPage> page(Authentication authentication, long id, Map<String, String> errors,
                                          Map<String, String> typed, String notice) {
        Actor staff = Actors.of(authentication);
        Pairing pairing;
        try {
            pairing = pairings.forStaff(staff, id);
        } catch (PairingNotFound e) {
            throw new AuthorizationException(authentication);
        }
        PairingPages.Card card = needs.find(pairing.needId()).map(n -> pages.card(n, List.of(),
                coverage.of(List.of(n.id())).get(n.id()), null)).orElseThrow();
        return new ModelAndView<>("matching/pairing/staff", new DetailPage(pages.item(pairing), card,
                pages.place(pairing.regionCode()), staff.is(Role.VILLAGE_OFFICER), errors, typed, notice));
    }
}
