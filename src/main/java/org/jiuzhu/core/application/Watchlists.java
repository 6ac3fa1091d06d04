package org.jiuzhu.core.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.application.persistence.ApplicationStore;
import org.jiuzhu.core.application.persistence.DecisionStore;
import org.jiuzhu.core.application.persistence.FollowUpStore;
import org.jiuzhu.core.privacy.Masking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The households the database keeps watching (Hubei): applicants refused in the last year and households that left
 * the rolls in the last two years, in the actor's region, with the reason.
 */
@Singleton
public class Watchlists {

    private static final Duration ONE_YEAR = Duration.ofDays(365);
    private static final Duration TWO_YEARS = Duration.ofDays(730);

    private final ApplicationStore store;
    private final DecisionStore decisions;
    private final FollowUpStore followUps;
    private final Masking masking;
    private final Clock clock;

    Watchlists(ApplicationStore store, DecisionStore decisions, FollowUpStore followUps, Masking masking, Clock clock) {
        this.store = store;
        this.decisions = decisions;
        this.followUps = followUps;
        this.masking = masking;
        this.clock = clock;
    }

    /** One watched household: the application it came from, the head's masked name, when it ended and why. */
    public record Watched(long applicationId, String maskedName, String regionCode, Instant endedAt, String reason) {
    }

    @Transactional(readOnly = true)
    public List<Watched> refusedWithinAYear(Actor actor) {
        return store.endedSince(ApplicationStatus.REFUSED.name(), clock.instant().minus(ONE_YEAR),
                actor.scope().likePattern()).stream().map(h -> watched(h,
                decisions.find(h.id()).map(Decision::reasons).orElse(""))).toList();
    }

    @Transactional(readOnly = true)
    public List<Watched> exitedWithinTwoYears(Actor actor) {
        return store.endedSince(ApplicationStatus.EXITED.name(), clock.instant().minus(TWO_YEARS),
                actor.scope().likePattern()).stream().map(h -> watched(h, followUps.reviews(h.id()).stream()
                .filter(r -> r.outcome() == Review.Outcome.EXIT).map(Review::reason).reduce((a, b) -> b).orElse("")))
                .toList();
    }

    private Watched watched(ApplicationStore.Header h, String reason) {
        List<ApplicationStore.StoredMember> members = store.members(h.id());
        String name = members.isEmpty() ? "" : masking.name(members.get(0).name());
        return new Watched(h.id(), name, h.regionCode(), h.submittedAt() == null ? null : endedAt(h), reason);
    }

    private Instant endedAt(ApplicationStore.Header h) {
        return store.events(h.id()).stream().map(ApplicationStore.Event::at).reduce((a, b) -> b).orElse(h.submittedAt());
    }
}
