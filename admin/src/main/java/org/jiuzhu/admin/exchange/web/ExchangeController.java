package org.jiuzhu.admin.exchange.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.admin.exchange.Batch;
import org.jiuzhu.admin.exchange.Exchanges;
import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.web.CsrfTokens;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.form.FieldErrors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/exchanges}: a department uploads its lists and follows each import to its report; supervisors and
 * administrators read those of their region.
 */
@Controller("/admin/exchanges")
@Secured({"DEPARTMENT", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ExchangeController {

    private final Exchanges exchanges;
    private final ExchangePages pages;
    private final CsrfTokens csrf;
    private final Refusals refusals;

    ExchangeController(Exchanges exchanges, ExchangePages pages, CsrfTokens csrf, Refusals refusals) {
        this.exchanges = exchanges;
        this.pages = pages;
        this.csrf = csrf;
        this.refusals = refusals;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<ExchangePages.ListPage> list(Authentication authentication) {
        return listPage(Actors.of(authentication), Map.of(), Map.of());
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    MutableHttpResponse<?> upload(HttpRequest<?> request, Authentication authentication,
                                  @Nullable @Part("csrfToken") String csrfToken, @Nullable @Part("kind") String kind,
                                  @Nullable @Part("file") CompletedFileUpload file) {
        csrf.verify(request, csrfToken);
        Actor staff = Actors.of(authentication);
        ListKind listKind = kind == null ? null : ListKind.ofSlug(kind.strip().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'));
        Map<String, String> typed = kind == null ? Map.of() : Map.of("kind", kind);
        if (file == null || file.getSize() == 0) {
            return refused(staff, new FieldErrors().add("file", "admin.exchange.error.empty"), typed);
        }
        Exchanges.Outcome outcome;
        try (InputStream content = file.getInputStream()) {
            outcome = exchanges.upload(staff, listKind, file.getFilename(), content, Requests.ip(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DataAccessException sameFileAtOnce) {
            return refused(staff, new FieldErrors().add("file", "admin.exchange.error.concurrent"), typed);
        }
        if (!outcome.errors().isEmpty()) {
            return refused(staff, outcome.errors(), typed);
        }
        return HttpResponse.seeOther(URI.create("/admin/exchanges/" + outcome.batch()
                + (outcome.repeated() ? "?notice=repeated" : "")));
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    MutableHttpResponse<?> detail(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                  @Nullable @QueryValue String notice) {
        Actor staff = Actors.of(authentication);
        Optional<Batch> batch = exchanges.find(staff, id);
        if (batch.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return HttpResponse.ok(new ModelAndView<>("admin/exchange/detail", pages.detail(batch.get(),
                exchanges.rejections(staff, id, ExchangePages.REPORT_ROWS + 1),
                "repeated".equals(notice) ? "admin.exchange.notice.repeated" : null)));
    }

    /** What the page's script polls while an import runs. */
    @Get("/{id}/status")
    @Produces(MediaType.APPLICATION_JSON)
    MutableHttpResponse<?> status(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        Optional<Batch> batch = exchanges.find(Actors.of(authentication), id);
        if (batch.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return HttpResponse.ok(pages.progress(batch.get()));
    }

    private MutableHttpResponse<?> refused(Actor staff, FieldErrors errors, Map<String, String> typed) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(listPage(staff, errors.asMap(), typed));
    }

    private ModelAndView<ExchangePages.ListPage> listPage(Actor staff, Map<String, String> errors,
                                                         Map<String, String> typed) {
        return new ModelAndView<>("admin/exchange/list", pages.list(staff, exchanges.visibleTo(staff), errors, typed));
    }
}
