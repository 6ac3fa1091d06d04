package org.jiuzhu.core.account.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

@MappedEntity("login_throttle")
record ThrottleRow(
        @Id @MappedProperty("login_key") byte[] loginKey,
        int failures,
        @MappedProperty("last_failure_at") Instant lastFailureAt,
        @Nullable @MappedProperty("locked_until") Instant lockedUntil) {
}
