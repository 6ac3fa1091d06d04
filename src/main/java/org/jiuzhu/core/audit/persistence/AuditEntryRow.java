package org.jiuzhu.core.audit.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

@MappedEntity("audit_entry")
record AuditEntryRow(
        @Id Long id,
        @MappedProperty("occurred_at") Instant occurredAt,
        @Nullable @MappedProperty("actor_id") Long actorId,
        @Nullable @MappedProperty("actor_role") String actorRole,
        String action,
        @Nullable @MappedProperty("record_type") String recordType,
        @Nullable @MappedProperty("record_id") String recordId,
        String result,
        @Nullable String ip,
        @Nullable String detail,
        @MappedProperty("prev_hash") String prevHash,
        String hash) {
}
