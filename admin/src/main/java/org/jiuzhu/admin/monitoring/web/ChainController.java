package org.jiuzhu.admin.monitoring.web;

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
import org.jiuzhu.core.application.Application;
import org.jiuzhu.core.application.Applications;
import org.jiuzhu.core.application.Rolls;
import org.jiuzhu.core.chain.AssistanceChain;
import org.jiuzhu.core.chain.ChainEntry;
import org.jiuzhu.core.chain.ChainKind;
import org.jiuzhu.core.chain.Overlaps;
import org.jiuzhu.core.chrome.web.Refusals;
import org.jiuzhu.core.eligibility.SpecialAid;
import org.jiuzhu.core.monitoring.WarningKind;
import org.jiuzhu.core.monitoring.Warnings;
import org.jiuzhu.core.region.Regions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /admin/applications/{id}/chain}: the household's assistance chain for staff of its region, every aid from
 * every office and charity in time order, with overlaps (the same kind twice within 30 days) and gaps (aid it is
 * entitled to that is not in place: open warnings of that kind, and special aid it asked for that no office gave in
 * the last year) shown in words.
 */
@Controller("/admin/applications/{id}/chain")
@Produces(MediaType.TEXT_HTML)
@Secured({"VILLAGE_OFFICER", "CASEWORKER", "APPROVER", "SUPERVISOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ChainController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Applications applications;
    private final Rolls rolls;
    private final AssistanceChain chain;
    private final Warnings warnings;
    private final Regions regions;
    private final Refusals refusals;
    private final org.jiuzhu.core.privacy.Masking masking;

    ChainController(Applications applications, Rolls rolls, AssistanceChain chain, Warnings warnings, Regions regions,
                    Refusals refusals, org.jiuzhu.core.privacy.Masking masking) {
        this.masking = masking;
        this.applications = applications;
        this.rolls = rolls;
        this.chain = chain;
        this.warnings = warnings;
        this.regions = regions;
        this.refusals = refusals;
    }

    public record Entry(String on, String kindKey, String aidKey, List<String> categoryKeys, String amount,
                        boolean monthly, String place, String summary, boolean overlap) {
    }

    public record Gap(String aidKey, String warningLink, String ruleId) {
    }

    public record ChainPage(long applicationId, boolean opensApplication, String household, List<Entry> entries,
                            List<Gap> gaps, int overlapDays) {
    }

    @Get
    MutableHttpResponse<?> show(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        Actor actor = Actors.of(authentication);
        Optional<Application> application = applications.find(actor, id);
        Optional<Rolls.Member> head = application.isEmpty() ? Optional.empty() : rolls.head(id, actor.scope());
        if (head.isEmpty()) {
            return refusals.page(request, HttpStatus.NOT_FOUND, "core.error.404.title", "core.error.404.message");
        }
        List<ChainEntry> entries = chain.ofHousehold(head.get().household());
        Set<Long> overlaps = Overlaps.in(entries);
        return HttpResponse.ok(new ModelAndView<>("admin/monitoring/chain", new ChainPage(id, ApplicationLinks.opens(actor),
                application.get().members().isEmpty() ? "" : masking.name(application.get().members().get(0).name()),
                entries.stream().map(e -> entry(e, overlaps.contains(e.id()))).toList(),
                gaps(actor, head.get(), application.get(), entries), Overlaps.DAYS)));
    }

    private List<Gap> gaps(Actor actor, Rolls.Member head, Application application, List<ChainEntry> entries) {
        List<Gap> gaps = new ArrayList<>();
        warnings.openOnHousehold(actor, head.household()).stream()
                .filter(w -> w.kind() == WarningKind.ENTITLED_MISSING)
                .forEach(w -> gaps.add(new Gap(null, "/admin/warnings/" + w.id(), w.ruleId())));
        if (head.place() == Rolls.Place.RECEIVING_AID) {
            LocalDate yearAgo = LocalDate.now(CHINA).minusYears(1);
            for (SpecialAid aid : application.requestedAids()) {
                boolean given = entries.stream().anyMatch(e -> aid.name().equals(e.aidKind())
                        && !e.occurredOn().isBefore(yearAgo));
                if (!given) {
                    gaps.add(new Gap(aid.messageKey(), null, null));
                }
            }
        }
        return gaps;
    }

    private Entry entry(ChainEntry e, boolean overlap) {
        String aid = e.aidKind() == null ? null : (e.kind() == ChainKind.CHARITY ? "matching.aidKind." : "core.aid.")
                + e.aidKind().toLowerCase(Locale.ROOT);
        java.math.BigDecimal amount = e.monthlyAmount() != null ? e.monthlyAmount() : e.oneOffAmount();
        return new Entry(e.occurredOn().toString(), e.kind().messageKey(), aid, e.categories().stream()
                .map(c -> "core.category." + c.toLowerCase(Locale.ROOT)).toList(),
                amount == null ? "" : amount.toPlainString(), e.monthlyAmount() != null,
                regions.pathName(e.regionCode()), e.summary(), overlap);
    }
}
