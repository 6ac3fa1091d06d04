package org.jiuzhu.core.account.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

@MappedEntity("account_session")
record SessionRow(
        @Id String id,
        @MappedProperty("account_id") long accountId,
        @MappedProperty("created_at") Instant createdAt,
        @MappedProperty("last_seen_at") Instant lastSeenAt,
        @Nullable @MappedProperty("revoked_at") Instant revokedAt) {
}
