package org.jiuzhu.core.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jiuzhu.core.audit.persistence.AuditStore;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;

/**
 * Appends to and verifies the audit chain. {@link #record} joins the caller's transaction, so an audited
 * change and its entry commit or roll back together.
 */
@Singleton
public class AuditLog {

    private static final int PAGE = 1000;
    private final AuditStore store;
    private final AuditHash hash;
    private final Clock clock;

    public AuditLog(AuditStore store, @Value("${jiuzhu.secrets.audit}") String key, Clock clock) {
        this.store = store;
        this.hash = new AuditHash(Base64.getDecoder().decode(key));
        this.clock = clock;
    }

    @Transactional
    public AuditEntry record(AuditEvent event) {
        AuditStore.Head head = store.lockHead();
        // Whole seconds: Connector/J drops fractions on MariaDB (it reads the version as 5.5), and the hash
        // must cover exactly what is stored on either server.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        AuditEntry unsigned = new AuditEntry(head.lastId() + 1, now, trimmed(event), head.lastHash(), null);
        AuditEntry entry = new AuditEntry(unsigned.id(), now, unsigned.event(), head.lastHash(), hash.of(unsigned));
        store.append(entry);
        return entry;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int count) {
        return store.latest(count);
    }

    /** Walks the whole chain in id order, recomputing every hash and link, and checks it ends at the head. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        String previous = AuditStore.GENESIS_HASH;
        long expectedId = 1;
        long checked = 0;
        List<AuditEntry> page = store.page(0, PAGE);
        while (!page.isEmpty()) {
            for (AuditEntry entry : page) {
                AuditEntry unsigned = new AuditEntry(entry.id(), entry.occurredAt(), entry.event(), entry.previousHash(), null);
                boolean fits = entry.id() == expectedId && entry.previousHash().equals(previous)
                        && hash.of(unsigned).equals(entry.hash());
                if (!fits) {
                    return new ChainVerification(checked, OptionalLong.of(entry.id()));
                }
                previous = entry.hash();
                expectedId++;
                checked++;
            }
            page = store.page(page.get(page.size() - 1).id(), PAGE);
        }
        AuditStore.Head head = store.head();
        boolean endsAtHead = head.lastId() == expectedId - 1 && head.lastHash().equals(previous);
        return endsAtHead ? new ChainVerification(checked, OptionalLong.empty())
                : new ChainVerification(checked, OptionalLong.of(head.lastId()));
    }

    private static AuditEvent trimmed(AuditEvent event) {
        String detail = event.detail();
        if (detail != null && detail.length() > 500) {
            detail = detail.substring(0, 500);
        }
        return event.saying(detail);
    }
}
