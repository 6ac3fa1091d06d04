package org.jiuzhu.core.eligibility.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("regional_settings")
record SettingsRow(
        @Id @GeneratedValue @Nullable Long version,
        @MappedProperty("region_code") String regionCode,
        @MappedProperty("effective_from") LocalDate effectiveFrom,
        @MappedProperty("urban_dibao_standard") BigDecimal urbanDibaoStandard,
        @MappedProperty("rural_dibao_standard") BigDecimal ruralDibaoStandard,
        @MappedProperty("marginal_multiplier") BigDecimal marginalMultiplier,
        @MappedProperty("disposable_income_last_year") BigDecimal disposableIncomeLastYear,
        @MappedProperty("rigid_expense_multiplier") BigDecimal rigidExpenseMultiplier,
        @MappedProperty("asset_limit_per_person") BigDecimal assetLimitPerPerson,
        @MappedProperty("taper_months") int taperMonths,
        @MappedProperty("verification_validity_months") int verificationValidityMonths,
        @MappedProperty("publicity_days") int publicityDays,
        @MappedProperty("created_at") Instant createdAt,
        @MappedProperty("created_by") long createdBy) {
}
