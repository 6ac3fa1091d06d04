package org.jiuzhu.admin.watch.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.Watchlists;
import org.jiuzhu.core.chrome.web.Formats;
import org.jiuzhu.core.region.Regions;

import java.util.List;

/** Both watch lists of the actor's region on one page, most recent first. */
@Controller("/admin/watch")
@Produces(MediaType.TEXT_HTML)
@Secured({"CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class WatchController {

    private final Watchlists watchlists;
    private final Regions regions;

    WatchController(Watchlists watchlists, Regions regions) {
        this.watchlists = watchlists;
        this.regions = regions;
    }

    @Get
    ModelAndView<WatchPage> show(Authentication authentication) {
        Actor actor = Actors.of(authentication);
        return new ModelAndView<>("admin/watch/index", new WatchPage(rows(watchlists.refusedWithinAYear(actor)),
                rows(watchlists.exitedWithinTwoYears(actor))));
    }

    private List<WatchPage.Row> rows(List<Watchlists.Watched> watched) {
        return watched.stream().map(w -> new WatchPage.Row(w.applicationId(), w.maskedName(),
                regions.pathName(w.regionCode()), w.endedAt() == null ? "" : Formats.date(w.endedAt()), w.reason()))
                .toList();
    }

    /** The two lists; names masked. */
    public record WatchPage(List<Row> refused, List<Row> exited) {

        public record Row(long applicationId, String name, String village, String endedOn, String reason) {
        }
    }
}
