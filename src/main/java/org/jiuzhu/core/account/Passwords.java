package org.jiuzhu.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.persistence.AccountStore;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

/** Changing one's own password; every session of the account ends with it, the current one included. */
@Singleton
public class Passwords {

    private final AccountStore store;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    public Passwords(AccountStore store, PasswordHasher hasher, PasswordPolicy policy, Sessions sessions,
                     AuditLog audit, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.policy = policy;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void change(Actor actor, char[] current, char[] next, char[] confirmation, String ip) {
        try {
            Account account = store.find(actor.accountId()).orElseThrow();
            FieldErrors errors = new FieldErrors();
            if (!hasher.matches(current, store.secrets(account.id()).passwordHash())) {
                errors.add("currentPassword", "core.password.error.current");
            }
            String username = account.username() == null ? "" : account.username();
            policy.check(next, actor.role().isStaff(), username).ifPresent(problem ->
                    errors.add("newPassword", "core.password.error." + problem.name().toLowerCase(Locale.ROOT)));
            if (!errors.has("newPassword") && !Arrays.equals(next, confirmation)) {
                errors.add("passwordConfirmation", "core.password.error.mismatch");
            }
            if (!errors.isEmpty()) {
                audit.record(Accounts.event(actor, "PASSWORD_CHANGE", AuditResult.FAILURE, ip).about("account", account.id()));
            }
            errors.throwIfAny();
            store.updatePassword(account.id(), hasher.hash(next), clock.instant());
            sessions.revokeAll(account.id());
            audit.record(Accounts.event(actor, "PASSWORD_CHANGE", AuditResult.SUCCESS, ip).about("account", account.id()));
        } finally {
            Registrations.wipe(current);
            Registrations.wipe(next);
            Registrations.wipe(confirmation);
        }
    }
}
