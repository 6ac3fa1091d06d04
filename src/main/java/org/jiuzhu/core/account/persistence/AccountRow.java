package org.jiuzhu.core.account.persistence;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

@MappedEntity("account")
record AccountRow(
        @Nullable @Id @GeneratedValue Long id,
        String role,
        @Nullable String username,
        @MappedProperty("display_name") String displayName,
        @Nullable @MappedProperty("id_number_enc") byte[] idNumberEnc,
        @Nullable @MappedProperty("id_number_bidx") byte[] idNumberBidx,
        @Nullable @MappedProperty("phone_enc") byte[] phoneEnc,
        @Nullable @MappedProperty("phone_bidx") byte[] phoneBidx,
        @MappedProperty("password_hash") String passwordHash,
        @MappedProperty("region_code") String regionCode,
        @Nullable String department,
        @Nullable @MappedProperty("organization_id") Long organizationId,
        String status,
        @MappedProperty("created_at") Instant createdAt,
        @Nullable @MappedProperty("created_by") Long createdBy,
        @MappedProperty("password_changed_at") Instant passwordChangedAt) {
}
