package org.jiuzhu.core.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Deadlines count in Beijing days, whatever zone the server runs in. */
final class Today {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private Today() {
    }

    static LocalDate in(Clock clock) {
        return LocalDate.now(clock.withZone(BEIJING));
    }
}
