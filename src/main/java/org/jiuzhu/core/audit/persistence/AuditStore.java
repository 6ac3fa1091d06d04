package org.jiuzhu.core.audit.persistence;

import jakarta.inject.Singleton;
import org.jiuzhu.core.audit.AuditEntry;
import org.jiuzhu.core.audit.AuditEvent;
import org.jiuzhu.core.audit.AuditResult;

import java.util.List;

/** Reads and appends audit rows; never updates or deletes one. */
@Singleton
public class AuditStore {

    public static final String GENESIS_HASH = "0".repeat(64);

    public record Head(long lastId, String lastHash) {
    }

    private final AuditEntryRepository repository;

    AuditStore(AuditEntryRepository repository) {
        this.repository = repository;
    }

    /** Locks the chain's end for the rest of the transaction. */
    public Head lockHead() {
        HeadRow row = repository.lockHead();
        return new Head(row.lastId(), row.lastHash());
    }

    public Head head() {
        HeadRow row = repository.head();
        return new Head(row.lastId(), row.lastHash());
    }

    public void append(AuditEntry entry) {
        AuditEvent e = entry.event();
        repository.save(new AuditEntryRow(entry.id(), entry.occurredAt(), e.actorId(), e.actorRole(), e.action(),
                e.recordType(), e.recordId(), e.result().name(), e.ip(), e.detail(), entry.previousHash(), entry.hash()));
        repository.moveHead(entry.id(), entry.hash());
    }

    public List<AuditEntry> page(long afterId, int limit) {
        return repository.page(afterId, limit).stream().map(AuditStore::toEntry).toList();
    }

    public List<AuditEntry> latest(int limit) {
        return repository.latest(limit).stream().map(AuditStore::toEntry).toList();
    }

    private static AuditEntry toEntry(AuditEntryRow row) {
        AuditEvent event = new AuditEvent(row.actorId(), row.actorRole(), row.action(), row.recordType(),
                row.recordId(), AuditResult.valueOf(row.result()), row.ip(), row.detail());
        return new AuditEntry(row.id(), row.occurredAt(), event, row.prevHash(), row.hash());
    }
}
