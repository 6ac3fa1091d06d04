package org.jiuzhu.admin.exchange.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.jiuzhu.admin.exchange.Batch;
import org.jiuzhu.admin.exchange.Exchanges;
import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.Messages;
import org.jiuzhu.core.chrome.web.Requests;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/v1/exchanges}: a department's system hands over a list and follows it, with an API key of that
 * department. The rows go through the same checks, import, comparison and report as an uploaded file; the same rows
 * sent again are recognised and not applied twice.
 */
@Controller(ExchangeApi.ROOT)
@Secured("DEPARTMENT")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "ApiKey")
class ExchangeApi {

    static final String ROOT = "/api/v1/exchanges";
    static final int MAX_ROWS = 10_000;
    private static final int REFUSALS = 1_000;

    private final Exchanges exchanges;
    private final ApiProblems problems;
    private final Messages messages;

    ExchangeApi(Exchanges exchanges, ApiProblems problems, Messages messages) {
        this.exchanges = exchanges;
        this.problems = problems;
        this.messages = messages;
    }

    @Post("/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand over a list of a kind (poor-students, registered-unemployed, ...)",
            description = "202 with the batch and where to follow it; 200 when the same rows were handed over before; "
                    + "400 naming what is wrong; 403 when the key's department does not hand over this kind.")
    HttpResponse<?> handOver(HttpRequest<?> request, Authentication authentication,
                             @Parameter(description = "the kind, as in the template's file name") @PathVariable String kind,
                             @Body @Nullable ListInput list) {
        Locale locale = Requests.locale(request);
        if (Actors.apiKeyId(authentication) == null) {
            return problems.of(HttpStatus.FORBIDDEN, "admin.exchange.api.keyOnly", locale);
        }
        Actor system = Actors.of(authentication);
        ListKind listKind = ListKind.ofSlug(kind);
        if (listKind == null || !listKind.handedOverBy(system.department())) {
            return problems.of(HttpStatus.FORBIDDEN, "admin.exchange.error.kind", locale);
        }
        if (list == null || list.rows() == null || list.rows().isEmpty()) {
            return problems.of(HttpStatus.BAD_REQUEST, "admin.exchange.api.noRows", locale);
        }
        if (list.rows().size() > MAX_ROWS) {
            return problems.of(HttpStatus.BAD_REQUEST, "admin.exchange.api.tooManyRows", locale);
        }
        Exchanges.Outcome outcome = exchanges.handOver(system, listKind, name(list, listKind),
                new ByteArrayInputStream(ApiCsv.of(listKind, list.rows())), Requests.ip(request));
        if (!outcome.errors().isEmpty()) {
            return problems.of(HttpStatus.BAD_REQUEST, outcome.errors().asMap().values().iterator().next(), locale);
        }
        BatchView view = view(system, outcome.batch(), outcome.repeated(), locale).orElseThrow();
        return outcome.repeated() ? HttpResponse.ok(view)
                : HttpResponse.accepted(URI.create(ROOT + "/batches/" + outcome.batch())).body(view);
    }

    @Get("/batches/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow a handed-over list: status, counts and every refused row (the first 1,000)")
    HttpResponse<?> batch(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        Locale locale = Requests.locale(request);
        return view(Actors.of(authentication), id, false, locale).<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> problems.of(HttpStatus.NOT_FOUND, "admin.exchange.api.notFound", locale));
    }

    private Optional<BatchView> view(Actor system, long id, boolean repeated, Locale locale) {
        return exchanges.find(system, id).map(b -> {
            List<BatchView.Refusal> refusals = exchanges.rejections(system, id, REFUSALS + 1).stream()
                    .map(r -> new BatchView.Refusal(r.line() - 1, r.field(), r.reason(),
                            messages.get(locale, "admin.exchange.reason." + r.reason()))).toList();
            return new BatchView(b.id(), b.kind().slug(), b.status().name(), b.status().finished(), repeated,
                    b.status() == Batch.Status.COMPARING ? b.comparedPermille() : b.permille(), b.rowsDone(),
                    b.rowsAccepted(), b.rowsRejected(), b.comparedRows(), b.warningsRaised(),
                    b.failure() == null ? null : messages.get(locale, b.failure(), b.failureDetail()),
                    refusals.stream().limit(REFUSALS).toList(), refusals.size() > REFUSALS);
        });
    }

    private static String name(ListInput list, ListKind kind) {
        String name = list.name() == null || list.name().isBlank() ? kind.slug() : list.name().strip();
        return (name.length() > 150 ? name.substring(0, 150) : name) + ".csv";
    }
}
