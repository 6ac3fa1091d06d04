package org.jiuzhu.core.monitoring;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Every hour, open referrals past their deadline are escalated to the supervisors (once each, on any node). */
@Singleton
class Escalation {

    private final Referrals referrals;
    private final Clock clock;

    Escalation(Referrals referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "2m")
    void escalate() {
        referrals.escalateOverdue(clock);
    }
}
