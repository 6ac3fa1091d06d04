package org.jiuzhu.core.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.persistence.AccountStore;
import org.jiuzhu.core.account.persistence.ThrottleStore;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.privacy.BlindIndex;
import org.jiuzhu.core.privacy.PhoneNumber;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Password login. Failures are counted per login name whether or not an account has it, and an unknown name
 * costs one Argon2id hash like a known one, so neither the answer nor its timing tells which names exist.
 */
@Singleton
public class Logins {

    private final AccountStore accounts;
    private final ThrottleStore throttles;
    private final PasswordHasher hasher;
    private final BlindIndex blindIndex;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    public Logins(AccountStore accounts, ThrottleStore throttles, PasswordHasher hasher, BlindIndex blindIndex,
                  Sessions sessions, AuditLog audit, Clock clock,
                  @Value("${jiuzhu.login.max-failures:5}") int maxFailures,
                  @Value("${jiuzhu.login.lock-duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.throttles = throttles;
        this.hasher = hasher;
        this.blindIndex = blindIndex;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @Transactional
    public LoginOutcome attempt(String loginName, char[] password, String ip) {
        try {
            String name = normalized(loginName);
            byte[] key = blindIndex.of(name, Fields.LOGIN_NAME);
            Instant now = clock.instant();
            Optional<ThrottleStore.Throttle> throttle = throttles.lock(key);
            if (throttle.map(t -> t.lockedUntil() != null && t.lockedUntil().isAfter(now)).orElse(false)) {
                audit.record(AuditEvent.of(null, null, "LOGIN", AuditResult.DENIED, ip).saying("locked"));
                return new LoginOutcome.Locked();
            }
            Optional<Account> account = find(name).filter(Account::active);
            boolean matches = account.isPresent()
                    ? hasher.matches(password, accounts.secrets(account.get().id()).passwordHash())
                    : hasher.matchesNothing(password);
            if (!matches) {
                return fail(key, throttle, now, account, ip);
            }
            throttles.clear(key);
            String sessionId = sessions.open(account.get().id());
            audit.record(AuditEvent.of(account.get().id(), account.get().role().name(), "LOGIN", AuditResult.SUCCESS, ip)
                    .about("account", account.get().id()));
            return new LoginOutcome.Success(account.get(), sessionId);
        } finally {
            Registrations.wipe(password);
        }
    }

    private LoginOutcome fail(byte[] key, Optional<ThrottleStore.Throttle> throttle, Instant now,
                              Optional<Account> account, String ip) {
        // A failure streak older than the lock duration starts over.
        int earlier = throttle.filter(t -> t.lastFailureAt().plus(lockDuration).isAfter(now))
                .map(ThrottleStore.Throttle::failures).orElse(0);
        int failures = earlier + 1;
        boolean lock = failures >= maxFailures;
        throttles.put(key, new ThrottleStore.Throttle(lock ? 0 : failures, now, lock ? now.plus(lockDuration) : null));
        audit.record(AuditEvent.of(account.map(Account::id).orElse(null), null, "LOGIN", AuditResult.FAILURE, ip)
                .saying(lock ? "locked after repeated failures" : "wrong credentials"));
        return lock ? new LoginOutcome.Locked() : new LoginOutcome.Refused();
    }

    private Optional<Account> find(String name) {
        if (name.matches("\\d{11}")) {
            try {
                return accounts.findByPhoneIndex(blindIndex.of(PhoneNumber.parse(name).value(), Fields.PHONE));
            } catch (RuntimeException notAPhoneNumber) {
                return Optional.empty();
            }
        }
        return accounts.findByUsername(name);
    }

    private static String normalized(String loginName) {
        String name = loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
        return name.replaceAll("[\\s-]", "");
    }
}
