package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.application.persistence.DecisionStore;
import org.jiuzhu.core.application.persistence.FollowUpStore;
import org.jiuzhu.core.chain.AssistanceChain;
import org.jiuzhu.core.chain.ChainKind;
import org.jiuzhu.core.eligibility.Category;
import org.jiuzhu.core.eligibility.RegionalSettings;
import org.jiuzhu.core.eligibility.SettingsBook;
import org.jiuzhu.core.form.FieldErrors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Later reviews by the county of a household receiving aid: keep paying, taper dibao off over the region's taper
 * months when work lifted the income (渐退), or end the aid with the reason. Tapers and exits enter the assistance
 * chain; an exit frees the members' places, and the household is then watched as "exited within two years".
 */
@Singleton
public class Reviews {

    private static final int MAX_REASON = 1000;
    private static final int DEFAULT_TAPER_MONTHS = 6;

    private final Stages stages;
    private final ApplicationStore store;
    private final FollowUpStore followUps;
    private final DecisionStore decisions;
    private final SettingsBook settings;
    private final AssistanceChain chain;
    private final Clock clock;

    Reviews(Stages stages, ApplicationStore store, FollowUpStore followUps, DecisionStore decisions,
            SettingsBook settings, AssistanceChain chain, Clock clock) {
        this.stages = stages;
        this.store = store;
        this.followUps = followUps;
        this.decisions = decisions;
        this.settings = settings;
        this.chain = chain;
        this.clock = clock;
    }

    public boolean reviews(Actor actor) {
        return actor.is(Role.APPROVER);
    }

    @Transactional
    public FieldErrors review(Actor approver, long id, long seenVersion, Review.Outcome outcome, String reason,
                              FieldErrors errors, String ip) {
        ApplicationStore.Header h = stages.lock(approver, id);
        ApplicationStatus status = ApplicationStatus.valueOf(h.status());
        Decision decision = decisions.find(id).orElse(null);
        String text = Stages.text(reason);
        if (!reviews(approver) || !status.receivingAid() || outcome == null || decision == null) {
            return errors.add("outcome", outcome == null ? "core.review.error.outcome" : "core.application.error.notNow");
        }
        if (outcome == Review.Outcome.CONTINUE && status == ApplicationStatus.TAPER) {
            errors.add("outcome", "core.review.error.tapering");
        }
        if (outcome == Review.Outcome.TAPER && (status == ApplicationStatus.TAPER
                || !decision.categories().contains(Category.DIBAO))) {
            errors.add("outcome", "core.review.error.taper");
        }
        if (text.length() > MAX_REASON || (text.isEmpty() && outcome != Review.Outcome.CONTINUE)) {
            errors.add("reason", "core.review.error.reason");
        }
        if (errors.isEmpty() && h.version() != seenVersion) {
            errors.add("outcome", "core.application.error.changed");
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        LocalDate today = stages.today();
        switch (outcome) {
            case CONTINUE -> keepPaying(approver, h, status, text, ip);
            case TAPER -> taper(approver, h, decision, text, today, ip);
            case EXIT -> exit(approver, h, text, today, ip);
        }
        return errors;
    }

    private void keepPaying(Actor approver, ApplicationStore.Header h, ApplicationStatus status, String text, String ip) {
        followUps.addReview(h.id(), new Review(Review.Outcome.CONTINUE, text, null, clock.instant()), approver.accountId());
        if (status == ApplicationStatus.APPROVED) {
            stages.move(approver, h, ApplicationStatus.IN_PAYMENT, text, null, ip);
        } else {
            stages.record(approver, h, ApplicationStatus.IN_PAYMENT, text, null, "APPLICATION_REVIEWED", ip);
        }
    }

    private void taper(Actor approver, ApplicationStore.Header h, Decision decision, String text, LocalDate today,
                       String ip) {
        int months = settings.inEffect(h.regionCode()).map(RegionalSettings::taperMonths).orElse(DEFAULT_TAPER_MONTHS);
        LocalDate until = today.withDayOfMonth(1).plusMonths(1L + months).minusDays(1);
        followUps.addReview(h.id(), new Review(Review.Outcome.TAPER, text, until, clock.instant()), approver.accountId());
        stages.move(approver, h, ApplicationStatus.TAPER, text, until, ip);
        chain.add(household(h), new AssistanceChain.Aid(ChainKind.TAPER, h.id(), h.regionCode(),
                decision.categories().stream().map(Enum::name).toList(), decision.monthlyTotal(), null, text, today),
                approver.accountId());
    }

    private void exit(Actor approver, ApplicationStore.Header h, String text, LocalDate today, String ip) {
        followUps.addReview(h.id(), new Review(Review.Outcome.EXIT, text, null, clock.instant()), approver.accountId());
        store.releasePlaces(h.id());
        stages.move(approver, h, ApplicationStatus.EXITED, text, null, ip);
        chain.add(household(h), new AssistanceChain.Aid(ChainKind.EXIT, h.id(), h.regionCode(), List.of(), null, null,
                text, today), approver.accountId());
    }

    private byte[] household(ApplicationStore.Header h) {
        return store.members(h.id()).get(0).idNumberBidx();
    }
}
