package org.jiuzhu.core.account.persistence;

import jakarta.inject.Singleton;

import java.time.Instant;

/** Failed-login counters. */
@Singleton
public class ThrottleStore {

    /** Failures so far and, once locked, until when. A new counter has no failures. */
    public record Throttle(int failures, Instant lastFailureAt, Instant lockedUntil) {
    }

    private final ThrottleRepository repository;

    ThrottleStore(ThrottleRepository repository) {
        this.repository = repository;
    }

    /**
     * Reads and locks the counter for the rest of the transaction, creating it first: locking a missing row takes
     * only a gap lock, on which two first failures at once would deadlock or both count as one.
     */
    public Throttle lock(byte[] key, Instant now) {
        repository.ensure(key, now);
        ThrottleRow row = repository.lock(key);
        return new Throttle(row.failures(), row.failures() == 0 ? null : row.lastFailureAt(), row.lockedUntil());
    }

    public void put(byte[] key, Throttle throttle) {
        repository.put(key, throttle.failures(), throttle.lastFailureAt(), throttle.lockedUntil());
    }

    public void clear(byte[] key) {
        repository.clear(key);
    }
}
