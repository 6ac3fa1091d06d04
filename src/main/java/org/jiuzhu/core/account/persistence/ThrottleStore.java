package org.jiuzhu.core.account.persistence;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/** Failed-login counters per login name. */
@Singleton
public class ThrottleStore {

    /** Failures so far and, once locked, until when. */
    public record Throttle(int failures, Instant lastFailureAt, Instant lockedUntil) {
    }

    private final ThrottleRepository repository;

    ThrottleStore(ThrottleRepository repository) {
        this.repository = repository;
    }

    /** Reads and locks the counter for the rest of the transaction, so parallel guesses count one by one. */
    public Optional<Throttle> lock(byte[] key) {
        return repository.lock(key).map(r -> new Throttle(r.failures(), r.lastFailureAt(), r.lockedUntil()));
    }

    public void put(byte[] key, Throttle throttle) {
        repository.put(key, throttle.failures(), throttle.lastFailureAt(), throttle.lockedUntil());
    }

    public void clear(byte[] key) {
        repository.clear(key);
    }
}
