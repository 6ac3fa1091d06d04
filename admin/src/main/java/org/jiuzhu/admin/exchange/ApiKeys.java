package org.jiuzhu.admin.exchange;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.admin.exchange.persistence.KeyStore;
import org.jiuzhu.core.account.Actor;
import org.jiuzhu.core.account.Department;
import org.jiuzhu.core.account.Role;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditLog;
import org.jiuzhu.core.audit.AuditResult;
import org.jiuzhu.core.privacy.BlindIndex;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * API keys a department's staff make for their own systems: shown once, kept as a keyed hash, revoked or rotated
 * (a new key, the old one revoked, in one step). A key acts for its department in the region of the staff member who
 * made it. Every change is audited; a key's use is noted at most once a minute.
 */
@Singleton
public class ApiKeys {

    static final String PREFIX = "jzk_";
    private static final String CONTEXT = "exchange_api_key";
    private static final int MAX_LABEL = 64;
    private final SecureRandom random = new SecureRandom();

    private final KeyStore store;
    private final BlindIndex hashes;
    private final AuditLog audit;
    private final Clock clock;

    ApiKeys(KeyStore store, BlindIndex hashes, AuditLog audit, Clock clock) {
        this.store = store;
        this.hashes = hashes;
        this.audit = audit;
        this.clock = clock;
    }

    /** A key as its page lists it: never the key itself. */
    public record Key(long id, String label, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    /** A key just made: {@code secret} is shown this once. */
    public record Made(Key key, String secret) {
    }

    /** Whom a key acts for. */
    public record Holder(long keyId, long accountId, Department department, String regionCode) {
    }

    public static boolean mayManage(Actor actor) {
        return actor.is(Role.DEPARTMENT) && actor.department() != null;
    }

    @Transactional(readOnly = true)
    public List<Key> of(Actor actor) {
        return mayManage(actor) ? store.ofDepartment(actor.department().name(), actor.scope().likePattern()).stream()
                .map(ApiKeys::key).toList() : List.of();
    }

    /** Makes a key; empty when the actor may not or the label is blank or too long. */
    @Transactional
    public Optional<Made> make(Actor actor, String label, String ip) {
        String name = label == null ? "" : label.strip();
        if (!mayManage(actor) || name.isEmpty() || name.length() > MAX_LABEL) {
            return Optional.empty();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        KeyStore.Key saved = store.save(new KeyStore.Key(null, actor.department().name(), actor.scope().code(), name,
                secret.substring(PREFIX.length(), PREFIX.length() + 8), hash(secret), actor.accountId(),
                clock.instant(), null, null, null));
        audited(actor, "API_KEY_MADE", saved.id(), ip);
        return Optional.of(new Made(key(saved), secret));
    }

    /** Revokes one of the department's keys; false when it is not theirs or already revoked. */
    @Transactional
    public boolean revoke(Actor actor, long id, String ip) {
        Optional<KeyStore.Key> key = own(actor, id);
        if (key.isEmpty() || store.revoke(id, actor.accountId(), clock.instant()) != 1) {
            return false;
        }
        audited(actor, "API_KEY_REVOKED", id, ip);
        return true;
    }

    /** A new key with the same label, the old one revoked with it; empty when the old one is not theirs or revoked. */
    @Transactional
    public Optional<Made> rotate(Actor actor, long id, String ip) {
        Optional<KeyStore.Key> key = own(actor, id);
        if (key.isEmpty() || !revoke(actor, id, ip)) {
            return Optional.empty();
        }
        return make(actor, key.get().label(), ip);
    }

    /** The holder of a presented key, if it is a key and not revoked. */
    @Transactional
    public Optional<Holder> holder(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        return store.active(hash(presented)).map(k -> {
            Instant now = clock.instant();
            store.used(k.id(), now, now.minus(Duration.ofMinutes(1)));
            return new Holder(k.id(), k.createdBy(), Department.valueOf(k.department()), k.regionCode());
        });
    }

    private Optional<KeyStore.Key> own(Actor actor, long id) {
        return store.findById(id).filter(k -> mayManage(actor) && k.department().equals(actor.department().name())
                && actor.scope().contains(k.regionCode()));
    }

    private byte[] hash(String secret) {
        return hashes.of(secret, CONTEXT);
    }

    private void audited(Actor actor, String action, long id, String ip) {
        audit.record(AuditEvent.of(actor.accountId(), actor.role().name(), action, AuditResult.SUCCESS, ip)
                .about("exchange_api_key", id));
    }

    private static Key key(KeyStore.Key k) {
        return new Key(k.id(), k.label(), k.keyPrefix(), k.createdAt(), k.lastUsedAt(), k.revokedAt());
    }
}
