package org.jiuzhu.core.application.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("application")
record ApplicationRow(
        @Id @GeneratedValue @Nullable Long id,
        @MappedProperty("applicant_account_id") long applicantAccountId,
        @MappedProperty("region_code") String regionCode,
        boolean urban,
        String status,
        @MappedProperty("steps_done") String stepsDone,
        @MappedProperty("work_costs") BigDecimal workCosts,
        @MappedProperty("financial_assets") BigDecimal financialAssets,
        @MappedProperty("non_essential_vehicle") boolean nonEssentialVehicle,
        @MappedProperty("second_home") boolean secondHome,
        String housing,
        @MappedProperty("disaster_affected") boolean disasterAffected,
        @MappedProperty("sudden_hardship") boolean suddenHardship,
        @Nullable String hardship,
        @MappedProperty("requested_aids") String requestedAids,
        @MappedProperty("bank_name") @Nullable String bankName,
        @MappedProperty("bank_account_enc") @Nullable byte[] bankAccountEnc,
        @MappedProperty("submission_token") @Nullable String submissionToken,
        @MappedProperty("pledged_at") @Nullable Instant pledgedAt,
        @MappedProperty("submitted_at") @Nullable Instant submittedAt,
        @MappedProperty("created_at") Instant createdAt,
        @MappedProperty("updated_at") Instant updatedAt,
        long version,
        @MappedProperty("proxy_account_id") @Nullable Long proxyAccountId) {
}
