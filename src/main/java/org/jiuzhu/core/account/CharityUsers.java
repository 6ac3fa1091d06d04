package org.jiuzhu.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.persistence.AccountStore;
import org.jiuzhu.core.account.persistence.DuplicateAccount;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.form.FieldErrors;
import org.jiuzhu.core.form.InvalidInput;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

/**
 * The first user of a charity that registers itself: chosen username and password (the staff length rules), bound
 * to that one organization. The organization's verification, not this account, decides what it may publish.
 */
@Singleton
public class CharityUsers {

    private final AccountStore store;
    private final PersonName personName;
    private final PasswordPolicy passwordPolicy;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    CharityUsers(AccountStore store, PersonName personName, PasswordPolicy passwordPolicy, PasswordHasher hasher,
                 AuditLog audit, Clock clock) {
        this.store = store;
        this.personName = personName;
        this.passwordPolicy = passwordPolicy;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the registering person typed for their own account. */
    public record NewUser(String username, String displayName, char[] password, char[] passwordConfirmation) {
    }

    /** Adds problems with the typed account to {@code errors}, so the whole registration form is checked at once. */
    public void check(NewUser user, FieldErrors errors) {
        if (!StaffAccounts.isUsername(user.username())) {
            errors.add("username", "core.staff.error.username.format");
        } else if (store.usernameTaken(user.username())) {
            errors.add("username", "core.staff.error.username.taken");
        }
        personName.check(user.displayName(), "displayName", errors);
        passwordPolicy.check(user.password(), true, user.username() == null ? "" : user.username()).ifPresent(problem ->
                errors.add("password", "core.password.error." + problem.name().toLowerCase(Locale.ROOT)));
        if (!errors.has("password") && !Arrays.equals(user.password(), user.passwordConfirmation())) {
            errors.add("passwordConfirmation", "core.password.error.mismatch");
        }
    }

    /** Creates the account in the caller's transaction, after {@link #check} found nothing. */
    @Transactional
    public Account create(NewUser user, long organizationId, String regionCode, String ip) {
        try {
            Account account = store.insert(new AccountStore.NewAccount(Role.CHARITY, user.username(),
                    user.displayName().strip(), null, null, null, null, hasher.hash(user.password()), regionCode, null,
                    organizationId, null), clock.instant());
            audit.record(AuditEvent.of(account.id(), Role.CHARITY.name(), "CHARITY_USER_REGISTERED", AuditResult.SUCCESS, ip)
                    .about("account", account.id()).saying("organization=" + organizationId));
            return account;
        } catch (DuplicateAccount raced) {
            throw InvalidInput.of("username", "core.staff.error.username.taken");
        } finally {
            Secrets.wipe(user.password(), user.passwordConfirmation());
        }
    }
}
