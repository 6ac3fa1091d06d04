package org.jiuzhu.admin.settings.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record SettingsForm(@Nullable String regionCode, @Nullable String effectiveFrom,
                           @Nullable String urbanDibaoStandard, @Nullable String ruralDibaoStandard,
                           @Nullable String marginalMultiplier, @Nullable String disposableIncomeLastYear,
                           @Nullable String rigidExpenseMultiplier, @Nullable String assetLimitPerPerson,
                           @Nullable String taperMonths, @Nullable String verificationValidityMonths,
                           @Nullable String publicityDays, @Nullable String csrfToken) {
}
