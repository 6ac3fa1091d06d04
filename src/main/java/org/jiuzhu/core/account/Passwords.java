package org.jiuzhu.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.persistence.AccountStore;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.privacy.FieldCipher;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Changing one's own password; every session of the account ends with it, the current one included. Wrong
 * current passwords count against the account like failed logins, so an unattended session cannot be used
 * to guess it.
 */
@Singleton
public class Passwords {

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final FieldCipher cipher;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    public Passwords(AccountStore store, PasswordHasher hasher, PasswordPolicy policy, LoginThrottle throttle,
                     FieldCipher cipher, Sessions sessions, AuditLog audit, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.policy = policy;
        this.throttle = throttle;
        this.cipher = cipher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Changes the password, or returns why not. Refusals are returned rather than thrown so that their audit
     * entry and failure count commit.
     */
    @Transactional
    public FieldErrors change(Actor actor, char[] current, char[] next, char[] confirmation, String ip) {
        try {
            Account account = store.find(actor.accountId()).orElseThrow();
            byte[] key = throttle.key("account:" + account.id());
            FieldErrors errors = new FieldErrors();
            if (throttle.locked(key)) {
                errors.add("currentPassword", "core.password.error.locked");
            } else if (!hasher.matches(current, store.secrets(account.id()).passwordHash())) {
                throttle.fail(key);
                errors.add("currentPassword", "core.password.error.current");
            }
            policy.check(next, actor.role().isStaff(), personalValues(account)).ifPresent(problem ->
                    errors.add("newPassword", "core.password.error." + problem.name().toLowerCase(Locale.ROOT)));
            if (!errors.has("newPassword") && !Arrays.equals(next, confirmation)) {
                errors.add("passwordConfirmation", "core.password.error.mismatch");
            }
            if (!errors.isEmpty()) {
                audit.record(Accounts.event(actor, "PASSWORD_CHANGE", AuditResult.FAILURE, ip).about("account", account.id()));
                return errors;
            }
            throttle.clear(key);
            store.updatePassword(account.id(), hasher.hash(next), clock.instant());
            sessions.revokeAll(account.id());
            audit.record(Accounts.event(actor, "PASSWORD_CHANGE", AuditResult.SUCCESS, ip).about("account", account.id()));
            return errors;
        } finally {
            Secrets.wipe(current, next, confirmation);
        }
    }

    private String[] personalValues(Account account) {
        List<String> values = new ArrayList<>();
        if (account.username() != null) {
            values.add(account.username());
        }
        AccountStore.Secrets secrets = store.secrets(account.id());
        if (secrets.phoneEnc() != null) {
            values.add(cipher.decrypt(secrets.phoneEnc(), Fields.PHONE));
        }
        if (secrets.idNumberEnc() != null) {
            values.add(cipher.decrypt(secrets.idNumberEnc(), Fields.ID_NUMBER).substring(10));
        }
        return values.toArray(String[]::new);
    }
}
