package org.jiuzhu.admin.resident.web;

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
import org.jiuzhu.core.account.Account;
import org.jiuzhu.core.account.Accounts;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.MaskedIdentity;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.region.Regions;

import java.util.List;

@Controller("/admin/residents")
@Produces(MediaType.TEXT_HTML)
@Secured({"VILLAGE_OFFICER", "CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ResidentsController {

    private static final int PAGE_SIZE = 50;

    private final Accounts accounts;
    private final Regions regions;
    private final CsrfTokens csrf;

    ResidentsController(Accounts accounts, Regions regions, CsrfTokens csrf) {
        this.accounts = accounts;
        this.regions = regions;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<ResidentsPage> list(Authentication authentication, @QueryValue(defaultValue = "1") int page) {
        Actor actor = Actors.of(authentication);
        int current = Math.min(Math.max(1, page), 100_000);
        long total = accounts.countResidentsFor(actor);
        List<ResidentsPage.Row> rows = accounts.residentsFor(actor, PAGE_SIZE, (current - 1) * PAGE_SIZE).stream()
                .map(a -> new ResidentsPage.Row(a.id(), maskedName(a), regions.pathName(a.regionCode()),
                        Formats.date(a.createdAt())))
                .toList();
        Integer next = (long) current * PAGE_SIZE < total ? current + 1 : null;
        return new ModelAndView<>("admin/resident/list", new ResidentsPage(regions.pathName(actor.scope().code()),
                total, rows, current > 1 ? current - 1 : null, next));
    }

    @Get("/{id}")
    ModelAndView<ResidentPage> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        Actor actor = Actors.of(authentication);
        Account account = accounts.residentFor(actor, id, Requests.ip(request)).orElseThrow(() -> denied(authentication));
        return new ModelAndView<>("admin/resident/show", page(account, null));
    }

    @Post(value = "/{id}/id-number", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> reveal(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body RevealForm form) {
        csrf.verify(request, form.csrfToken());
        Actor actor = Actors.of(authentication);
        String full = accounts.revealIdNumber(actor, id, Requests.ip(request)).orElseThrow(() -> denied(authentication));
        Account account = accounts.find(id).orElseThrow();
        return HttpResponse.status(HttpStatus.OK).body(new ModelAndView<>("admin/resident/show", page(account, full)));
    }

    private ResidentPage page(Account account, String fullIdNumber) {
        MaskedIdentity identity = accounts.maskedIdentity(account);
        return new ResidentPage(account.id(), identity.name(), identity.idNumber(), identity.phone(),
                regions.pathName(account.regionCode()), Formats.date(account.createdAt()), fullIdNumber);
    }

    private String maskedName(Account account) {
        return accounts.maskedName(account);
    }

    // Outside the scope or absent: the same 403, so staff cannot probe which ids exist elsewhere.
    private static AuthorizationException denied(Authentication authentication) {
        return new AuthorizationException(authentication);
    }
}
