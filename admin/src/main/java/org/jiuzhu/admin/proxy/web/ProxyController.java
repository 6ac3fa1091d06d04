package org.jiuzhu.admin.proxy.web;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Accounts;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.ApplicationNotFound;
import org.jiuzhu.core.application.Drafts;
import org.jiuzhu.core.application.PlaceTaken;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.privacy.Masking;

import java.net.URI;
import java.util.List;
import java.util.Map;

@Controller("/admin/proxy")
@Produces(MediaType.TEXT_HTML)
@Secured("VILLAGE_OFFICER")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProxyController {

    private static final int MAX_LISTED = 200;

    private final Drafts drafts;
    private final Accounts accounts;
    private final Masking masking;
    private final CsrfTokens csrf;

    ProxyController(Drafts drafts, Accounts accounts, Masking masking, CsrfTokens csrf) {
        this.drafts = drafts;
        this.accounts = accounts;
        this.masking = masking;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<ProxyPage> index(Authentication authentication) {
        return page(Actors.of(authentication), null);
    }

    @Post(value = "/{residentId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> start(HttpRequest<?> request, Authentication authentication, @PathVariable long residentId,
                                 @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor officer = Actors.of(authentication);
        try {
            long id = drafts.startFor(officer, residentId, Requests.ip(request)).application().id();
            return HttpResponse.seeOther(URI.create("/apply/" + id + "/household"));
        } catch (ApplicationNotFound outOfReach) {
            throw new AuthorizationException(authentication);
        } catch (PlaceTaken busy) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(officer, "admin.proxy.error.busy"));
        }
    }

    private ModelAndView<ProxyPage> page(Actor officer, String errorKey) {
        List<ProxyPage.Resident> residents = accounts.residentsFor(officer, MAX_LISTED, 0).stream()
                .map(a -> new ProxyPage.Resident(a.id(), accounts.maskedName(a))).toList();
        List<ProxyPage.Prepared> prepared = drafts.proxiedBy(officer).stream().map(this::prepared).toList();
        return new ModelAndView<>("admin/proxy/index", new ProxyPage(residents, prepared, errorKey));
    }

    private ProxyPage.Prepared prepared(Application a) {
        String href = a.status().editable() ? "/apply/" + a.id() + "/household" : "/applications/" + a.id();
        return new ProxyPage.Prepared(a.id(), masking.name(a.members().get(0).name()), a.status().messageKey(), href);
    }
}
