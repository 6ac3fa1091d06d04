package org.jiuzhu.core.audit;

import java.time.Instant;

/** A stored audit row: the event, its place in the chain and its hash. */
public record AuditEntry(long id, Instant occurredAt, AuditEvent event, String previousHash, String hash) {
}
