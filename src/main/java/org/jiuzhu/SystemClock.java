package org.jiuzhu;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The one clock every rule reads, so tests can replace it. */
@Factory
class SystemClock {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
