package org.jiuzhu.core.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.limit.AnonymousForm;
import org.jiuzhu.core.limit.SubmissionLimits;

import java.util.concurrent.Semaphore;

/**
 * Password login and logout. A login waits for one of the Argon2id hashing slots before its transaction begins: a
 * transaction holds a pooled connection, and a flood of logins queued for the hasher inside their transactions
 * emptied the pool for everyone (measured under wrk: "Failed to obtain JDBC Connection").
 */
@Singleton
public class Logins {

    private static final Semaphore GATE = new Semaphore(PasswordHasher.SLOTS_AT_ONCE, true);

    private final LoginAttempts attempts;
    private final Sessions sessions;
    private final AuditLog audit;
    private final SubmissionLimits limits;

    Logins(LoginAttempts attempts, Sessions sessions, AuditLog audit, SubmissionLimits limits) {
        this.attempts = attempts;
        this.sessions = sessions;
        this.audit = audit;
        this.limits = limits;
    }

    /**
     * Besides each name's own lock, an address's failures are counted: one password tried on many phone numbers
     * never locks a name. An address over its allowance is refused before any hashing.
     */
    public LoginOutcome attempt(String loginName, char[] password, String ip) {
        if (limits.spent(AnonymousForm.FAILED_LOGIN, ip)) {
            Secrets.wipe(password);
            audit.record(AuditEvent.of(null, null, "LOGIN", AuditResult.DENIED, ip).saying("too many failures from the address"));
            return new LoginOutcome.TooManyFromAddress();
        }
        GATE.acquireUninterruptibly();
        try {
            LoginOutcome outcome = attempts.attempt(loginName, password, ip);
            if (!(outcome instanceof LoginOutcome.Success)) {
                limits.count(AnonymousForm.FAILED_LOGIN, ip);
            }
            return outcome;
        } finally {
            GATE.release();
            Secrets.wipe(password);
        }
    }

    /** Ends the session on the server; the token stops working even where the cookie was copied. */
    @Transactional
    public void logout(Actor actor, String sessionId, String ip) {
        sessions.revoke(sessionId);
        audit.record(Accounts.event(actor, "LOGOUT", AuditResult.SUCCESS, ip).about("account", actor.accountId()));
    }
}
