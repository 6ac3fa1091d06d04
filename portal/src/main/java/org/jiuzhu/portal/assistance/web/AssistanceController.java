package org.jiuzhu.portal.assistance.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.jiuzhu.core.account.web.Actors;
import org.jiuzhu.core.application.web.CaseViews;
import org.jiuzhu.core.chain.AssistanceChain;
import org.jiuzhu.core.chain.ChainEntry;
import org.jiuzhu.core.region.Regions;

import java.util.List;
import java.util.Locale;

/** The household's assistance chain, oldest first, as the resident heading the household reads it. */
@Controller("/assistance")
@Produces(MediaType.TEXT_HTML)
@Secured("RESIDENT")
@ExecuteOn(TaskExecutors.BLOCKING)
class AssistanceController {

    private final AssistanceChain chain;
    private final Regions regions;

    AssistanceController(AssistanceChain chain, Regions regions) {
        this.chain = chain;
        this.regions = regions;
    }

    @Get
    ModelAndView<AssistancePage> show(Authentication authentication) {
        List<AssistancePage.Row> rows = chain.ofResident(Actors.of(authentication)).stream().map(this::row).toList();
        return new ModelAndView<>("portal/assistance/index", new AssistancePage(rows));
    }

    private AssistancePage.Row row(ChainEntry e) {
        return new AssistancePage.Row(e.occurredOn().toString(), e.kind().messageKey(),
                e.categories().stream().map(c -> "core.category." + c.toLowerCase(Locale.ROOT)).toList(),
                e.monthlyAmount() == null ? "" : CaseViews.money(e.monthlyAmount()),
                e.oneOffAmount() == null ? "" : CaseViews.money(e.oneOffAmount()), regions.pathName(e.regionCode()),
                e.summary(), e.applicationId() == null ? "" : "/applications/" + e.applicationId());
    }

    /** Every aid in the chain; amounts formatted, empty when the aid has none of that kind. */
    public record AssistancePage(List<Row> rows) {

        public record Row(String on, String kindKey, List<String> categoryKeys, String monthlyAmount,
                          String oneOffAmount, String place, String summary, String applicationLink) {
        }
    }
}
