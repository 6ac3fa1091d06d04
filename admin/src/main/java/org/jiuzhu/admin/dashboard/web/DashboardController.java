package org.jiuzhu.admin.dashboard.web;

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
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.chrome.Messages;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.chrome.web.Requests;
import org.jiuzhu.core.region.Regions;
import org.jiuzhu.core.report.RegionFigures;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code /admin/dashboard}: the supervisor's region in figures, each as a table, a chart and a CSV download. */
@Controller("/admin/dashboard")
@Secured({"SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardController {

    private final RegionFigures figures;
    private final DashboardTables tables;
    private final Regions regions;
    private final Messages messages;
    private final Refusals refusals;

    DashboardController(RegionFigures figures, DashboardTables tables, Regions regions, Messages messages,
                        Refusals refusals) {
        this.figures = figures;
        this.tables = tables;
        this.regions = regions;
        this.messages = messages;
        this.refusals = refusals;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<DashboardPage> page(HttpRequest<?> request, Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return new ModelAndView<>("admin/dashboard/index", new DashboardPage(regions.pathName(actor.scope().code()),
                tables.of(figures.of(actor), Requests.locale(request))));
    }

    // CSV on success; an unknown table is the HTML error page, which must not become a 406.
    @Get("/{name}.csv")
    @Produces({"text/csv", MediaType.TEXT_HTML})
    MutableHttpResponse<?> csv(HttpRequest<?> request, Authentication authentication, @PathVariable String name) {
        Locale locale = Requests.locale(request);
        Optional<DashboardPage.Table> table = tables.of(figures.of(Actors.of(authentication)), locale).stream()
                .filter(t -> t.name().equals(name)).findFirst();
        if (table.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        String csv = Stream.concat(Stream.of(table.get().headerKeys().stream().map(k -> messages.get(locale, k))
                        .toList()), table.get().rows().stream())
                .map(DashboardController::line).collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
        return HttpResponse.ok(csv.getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"dashboard-" + name + ".csv\"");
    }

    /** One CSV line; a cell that a spreadsheet would read as a formula is quoted with a leading apostrophe. */
    private static String line(List<String> cells) {
        return cells.stream().map(c -> {
            String cell = c.matches("^[=+\\-@].*") ? "'" + c : c;
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }).collect(Collectors.joining(","));
    }
}
