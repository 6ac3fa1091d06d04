package org.jiuzhu.admin.exchange.web;

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
import io.micronaut.views.ModelAndView;
import org.jiuzhu.admin.exchange.ApiKeys;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.chrome.web.Requests;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/exchanges/keys}: a department's staff make API keys for their systems (each shown once), rotate and
 * revoke them. A key just made is shown on the answer to the POST itself and nowhere else.
 */
@Controller("/admin/exchanges/keys")
@Produces(MediaType.TEXT_HTML)
@Secured("DEPARTMENT")
@ExecuteOn(TaskExecutors.BLOCKING)
class ApiKeyController {

    private final ApiKeys keys;
    private final CsrfTokens csrf;
    private final Refusals refusals;

    ApiKeyController(ApiKeys keys, CsrfTokens csrf, Refusals refusals) {
        this.keys = keys;
        this.csrf = csrf;
        this.refusals = refusals;
    }

    /** A key as listed. */
    public record Row(long id, String label, String prefix, String createdAt, String lastUsedAt, String revokedAt) {
    }

    public record KeysPage(List<Row> keys, String secret, String secretLabel, Map<String, String> errors,
                           String noticeKey) {
    }

    @Get
    ModelAndView<KeysPage> list(HttpRequest<?> request, Authentication authentication) {
        String notice = request.getParameters().get("notice");
        return page(Actors.of(authentication), null, Map.of(), "revoked".equals(notice)
                ? "admin.exchange.keys.notice.revoked" : null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> make(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        Optional<ApiKeys.Made> made = keys.make(actor, form.get("label"), Requests.ip(request));
        if (made.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(actor, null,
                    Map.of("label", "admin.exchange.keys.error.label"), null));
        }
        return HttpResponse.ok(page(actor, made.get(), Map.of(), null));
    }

    @Post(value = "/{id}/rotate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> rotate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        Actor actor = Actors.of(authentication);
        return keys.rotate(actor, id, Requests.ip(request)).<MutableHttpResponse<?>>map(made ->
                HttpResponse.ok(page(actor, made, Map.of(), null))).orElseGet(() -> notFound(request));
    }

    @Post(value = "/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> revoke(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Body Map<String, String> form) {
        csrf.verify(request, form.get("csrfToken"));
        if (!keys.revoke(Actors.of(authentication), id, Requests.ip(request))) {
            return notFound(request);
        }
        return HttpResponse.seeOther(URI.create("/admin/exchanges/keys?notice=revoked"));
    }

    private ModelAndView<KeysPage> page(Actor actor, ApiKeys.Made made, Map<String, String> errors, String notice) {
        List<Row> rows = keys.of(actor).stream().map(k -> new Row(k.id(), k.label(), k.prefix(),
                Formats.dateTime(k.createdAt()), k.lastUsedAt() == null ? "" : Formats.dateTime(k.lastUsedAt()),
                k.revokedAt() == null ? "" : Formats.dateTime(k.revokedAt()))).toList();
        return new ModelAndView<>("admin/exchange/keys", new KeysPage(rows, made == null ? null : made.secret(),
                made == null ? null : made.key().label(), errors, made == null ? notice
                : "admin.exchange.keys.notice.made"));
    }

    private MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
    }
}
