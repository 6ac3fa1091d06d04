package org.jiuzhu.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.persistence.AccountStore;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.privacy.BlindIndex;
import org.jiuzhu.core.privacy.InvalidPhoneNumber;
import org.jiuzhu.core.privacy.PhoneNumber;

import java.util.Locale;
import java.util.Optional;

/**
 * One password login, in one transaction: the name's throttle counter is locked while the password is checked, so
 * failures are counted exactly. Failures are counted per login name whether or not an account has it, and an
 * unknown name costs one Argon2id hash like a known one, so neither the answer nor its timing tells which names exist.
 */
@Singleton
class LoginAttempts {

    private final AccountStore accounts;
    private final LoginThrottle throttle;
    private final PasswordHasher hasher;
    private final BlindIndex blindIndex;
    private final Sessions sessions;
    private final AuditLog audit;

    LoginAttempts(AccountStore accounts, LoginThrottle throttle, PasswordHasher hasher, BlindIndex blindIndex,
                  Sessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.hasher = hasher;
        this.blindIndex = blindIndex;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Transactional
    LoginOutcome attempt(String loginName, char[] password, String ip) {
        try {
            String name = loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
            byte[] key = throttle.key(name);
            if (throttle.locked(key)) {
                audit.record(AuditEvent.of(null, null, "LOGIN", AuditResult.DENIED, ip).saying("locked"));
                return new LoginOutcome.Locked();
            }
            Optional<Account> account = find(name).filter(Account::active);
            boolean matches = account.isPresent()
                    ? hasher.matches(password, accounts.secrets(account.get().id()).passwordHash())
                    : hasher.matchesNothing(password);
            if (!matches) {
                boolean locked = throttle.fail(key);
                audit.record(AuditEvent.of(account.map(Account::id).orElse(null), null, "LOGIN", AuditResult.FAILURE, ip)
                        .saying(locked ? "locked after repeated failures" : "wrong credentials"));
                return locked ? new LoginOutcome.Locked() : new LoginOutcome.Refused();
            }
            throttle.clear(key);
            String sessionId = sessions.open(account.get().id());
            audit.record(AuditEvent.of(account.get().id(), account.get().role().name(), "LOGIN", AuditResult.SUCCESS, ip)
                    .about("account", account.get().id()));
            return new LoginOutcome.Success(account.get(), sessionId);
        } finally {
            Secrets.wipe(password);
        }
    }

    /**
     * Only exact forms reach the database: a phone number, or a username in its one allowed spelling. The
     * username column compares without case or accents, so "ádmin" would otherwise reach "admin" with a
     * throttle counter of its own.
     */
    private Optional<Account> find(String name) {
        String digits = name.replaceAll("[\\s-]", "");
        if (digits.matches("(\\+?86)?1\\d{10}")) {
            try {
                return accounts.findByPhoneIndex(blindIndex.of(PhoneNumber.parse(digits).value(), Fields.PHONE));
            } catch (InvalidPhoneNumber notAPhoneNumber) {
                return Optional.empty();
            }
        }
        return StaffAccounts.isUsername(name) ? accounts.findByUsername(name) : Optional.empty();
    }
}
