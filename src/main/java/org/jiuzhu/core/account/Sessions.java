package org.jiuzhu.core.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.account.persistence.SessionStore;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions behind the stateless token: a token is honoured only while its session is open and
 * used within the idle timeout. Recent positive checks are cached for a few seconds so that a page's requests
 * do not each hit the database; revocation here clears the cache at once.
 */
@Singleton
public class Sessions {

    private static final Duration TOUCH_AT_MOST_EVERY = Duration.ofSeconds(60);

    private record Checked(long accountId, Instant at) {
    }

    private final SessionStore store;
    private final Clock clock;
    private final Duration idleTimeout;
    // Writing the last use once a minute is enough for 30 minutes; a short timeout needs it written more often.
    private final Duration touchEvery;
    private final Duration cacheFor;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Checked> recent = new ConcurrentHashMap<>();
    // Revoked here lately: a check that read the row just before the revocation committed must not cache it.
    private final Map<String, Instant> revoked = new ConcurrentHashMap<>();

    public Sessions(SessionStore store, Clock clock,
                    @Value("${jiuzhu.session.idle-timeout:30m}") Duration idleTimeout,
                    @Value("${jiuzhu.session.check-cache:10s}") Duration cacheFor) {
        this.store = store;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        Duration thirtieth = idleTimeout.dividedBy(30);
        this.touchEvery = thirtieth.compareTo(TOUCH_AT_MOST_EVERY) < 0 ? thirtieth : TOUCH_AT_MOST_EVERY;
        this.cacheFor = cacheFor;
    }

    @Transactional
    public String open(long accountId) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String sessionId = HexFormat.of().formatHex(id);
        store.open(sessionId, accountId, clock.instant());
        return sessionId;
    }

    /**
     * Whether the session is open and not idle; using it counts as activity. Not a transaction: a cached answer
     * needs no connection, and the read and the touch are single statements that need no common snapshot.
     */
    public boolean isActive(String sessionId, long accountId) {
        Instant now = clock.instant();
        if (revoked.containsKey(sessionId)) {
            return false;
        }
        Checked cached = recent.get(sessionId);
        if (cached != null && cached.accountId() == accountId && cached.at().plus(cacheFor).isAfter(now)) {
            return true;
        }
        Optional<SessionStore.Session> session = store.find(sessionId);
        boolean active = session.isPresent() && session.get().accountId() == accountId
                && session.get().revokedAt() == null && session.get().lastSeenAt().plus(idleTimeout).isAfter(now);
        if (!active) {
            recent.remove(sessionId);
            return false;
        }
        if (session.get().lastSeenAt().plus(touchEvery).isBefore(now)) {
            store.touch(sessionId, now);
        }
        forgetOld(now);
        recent.put(sessionId, new Checked(accountId, now));
        return true;
    }

    /** How long a session lasts unused: pages warn before it ends and let a person still there keep it. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    @Transactional
    public void revoke(String sessionId) {
        Instant now = clock.instant();
        revoked.put(sessionId, now);
        recent.remove(sessionId);
        store.revoke(sessionId, now);
    }

    @Transactional
    public void revokeAll(long accountId) {
        Instant now = clock.instant();
        recent.entrySet().removeIf(e -> e.getValue().accountId() == accountId);
        store.revokeAll(accountId, now).forEach(id -> {
            revoked.put(id, now);
            recent.remove(id);
        });
    }

    /** Cache entries outlive their use after the cache window; revocation marks once the row is committed. */
    private void forgetOld(Instant now) {
        if (recent.size() > 10_000) {
            recent.values().removeIf(checked -> checked.at().plus(cacheFor).isBefore(now));
        }
        revoked.values().removeIf(at -> at.plus(cacheFor).plusSeconds(60).isBefore(now));
    }
}
