package org.jiuzhu.admin.exchange.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.jiuzhu.admin.exchange.Batch;
import org.jiuzhu.admin.exchange.Exchanges;
import org.jiuzhu.admin.exchange.ListKind;
import org.jiuzhu.admin.exchange.Templates;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.Messages;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.chrome.web.Requests;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Downloads of the data exchange: the blank templates, and a batch's refused rows as CSV. */
@Controller("/admin/exchanges")
@Secured({"DEPARTMENT", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ExchangeDownloadsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Exchanges exchanges;
    private final Messages messages;
    private final Refusals refusals;

    ExchangeDownloadsController(Exchanges exchanges, Messages messages, Refusals refusals) {
        this.exchanges = exchanges;
        this.messages = messages;
        this.refusals = refusals;
    }

    @Get("/templates/{file}")
    @Produces({"text/csv", XLSX, MediaType.TEXT_HTML})
    MutableHttpResponse<?> template(HttpRequest<?> request, @PathVariable String file) {
        boolean xlsx = file.endsWith(".xlsx");
        ListKind kind = ListKind.ofSlug(file.replaceFirst("\\.(csv|xlsx)$", ""));
        if (kind == null || !(xlsx || file.endsWith(".csv"))) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        return HttpResponse.ok(xlsx ? Templates.xlsx(kind) : Templates.csv(kind))
                .contentType(xlsx ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + kind.slug() + "-template."
                        + (xlsx ? "xlsx" : "csv") + "\"");
    }

    /** Every refused row with its line, column and reason, in the reader's language, as CSV for Excel. */
    @Get("/{id}/rejections.csv")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    MutableHttpResponse<?> rejections(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        Actor staff = Actors.of(authentication);
        Optional<Batch> batch = exchanges.find(staff, id);
        if (batch.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        Locale locale = Requests.locale(request);
        StringBuilder csv = new StringBuilder("\ufeff").append(messages.get(locale, "admin.exchange.report.line"))
                .append(',').append(messages.get(locale, "admin.exchange.report.column")).append(',')
                .append(messages.get(locale, "admin.exchange.report.reason")).append("\r\n");
        exchanges.eachRejection(staff, id, r -> csv.append(r.line()).append(',')
                .append(ExchangePages.header(batch.get().kind(), r.field())).append(',')
                .append(messages.get(locale, "admin.exchange.reason." + r.reason())).append("\r\n"));
        return HttpResponse.ok(csv.toString().getBytes(StandardCharsets.UTF_8)).contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"batch-" + id + "-rejections.csv\"");
    }
}
