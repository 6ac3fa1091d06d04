package org.jiuzhu.core.account;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.persistence.ThrottleStore;
import org.jiuzhu.core.privacy.BlindIndex;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts failed password checks per key (a login name, or an account whose current password is being guessed)
 * and locks the key after too many. Callers run inside their own transaction, which holds the counter's row lock.
 */
@Singleton
public class LoginThrottle {

    private final ThrottleStore store;
    private final BlindIndex blindIndex;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    public LoginThrottle(ThrottleStore store, BlindIndex blindIndex, Clock clock,
                         @Value("${jiuzhu.login.max-failures:5}") int maxFailures,
                         @Value("${jiuzhu.login.lock-duration:15m}") Duration lockDuration) {
        this.store = store;
        this.blindIndex = blindIndex;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    /** A key for what is being guessed; the name itself is never stored, only its blind index. */
    public byte[] key(String what) {
        return blindIndex.of(what, Fields.LOGIN_NAME);
    }

    public long lockMinutes() {
        return lockDuration.toMinutes();
    }

    /** Locks the counter row for the transaction and says whether the key is locked now. */
    public boolean locked(byte[] key) {
        Instant now = clock.instant();
        Instant lockedUntil = store.lock(key, now).lockedUntil();
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failure; answers whether this failure locked the key. */
    public boolean fail(byte[] key) {
        Instant now = clock.instant();
        ThrottleStore.Throttle throttle = store.lock(key, now);
        // A failure streak older than the lock duration starts over.
        int earlier = throttle.lastFailureAt() != null && throttle.lastFailureAt().plus(lockDuration).isAfter(now)
                ? throttle.failures() : 0;
        boolean lock = earlier + 1 >= maxFailures;
        store.put(key, new ThrottleStore.Throttle(lock ? 0 : earlier + 1, now, lock ? now.plus(lockDuration) : null));
        return lock;
    }

    public void clear(byte[] key) {
        store.clear(key);
    }
}
