package org.jiuzhu.core.account.persistence;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Login sessions: created at login, touched while used, revoked at logout or password change. */
@Singleton
public class SessionStore {

    /** A session as stored. */
    public record Session(String id, long accountId, Instant lastSeenAt, Instant revokedAt) {
    }

    private final SessionRepository repository;

    SessionStore(SessionRepository repository) {
        this.repository = repository;
    }

    public void open(String id, long accountId, Instant now) {
        repository.save(new SessionRow(id, accountId, now, now, null));
    }

    public Optional<Session> find(String id) {
        return repository.findById(id).map(r -> new Session(r.id(), r.accountId(), r.lastSeenAt(), r.revokedAt()));
    }

    public void touch(String id, Instant now) {
        repository.touch(id, now);
    }

    public void revoke(String id, Instant now) {
        repository.revoke(id, now);
    }

    /** Revokes every open session of the account and says which ones were open. */
    public List<String> revokeAll(long accountId, Instant now) {
        List<String> open = repository.findOpenIds(accountId);
        repository.revokeAll(accountId, now);
        return open;
    }
}
