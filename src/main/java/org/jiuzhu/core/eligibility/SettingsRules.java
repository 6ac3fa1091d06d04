package org.jiuzhu.core.eligibility;

import jakarta.inject.Singleton;
import org.jiuzhu.core.form.FieldErrors;

import java.math.BigDecimal;

/** The ranges a regional setting may take; outside them a value is a typing error, not a policy. */
@Singleton
public class SettingsRules {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal MAX_STANDARD = new BigDecimal("100000");

    public void check(RegionalSettings s, FieldErrors errors) {
        if (s.effectiveFrom() == null) {
            errors.add("effectiveFrom", "core.settings.error.effectiveFrom");
        }
        amount(s.urbanDibaoStandard(), "urbanDibaoStandard", errors);
        amount(s.ruralDibaoStandard(), "ruralDibaoStandard", errors);
        between(s.marginalMultiplier(), ONE, new BigDecimal("3"), "marginalMultiplier", errors);
        amount(s.disposableIncomeLastYear(), "disposableIncomeLastYear", errors);
        between(s.rigidExpenseMultiplier(), ONE, new BigDecimal("5"), "rigidExpenseMultiplier", errors);
        if (s.assetLimitPerPerson() == null || s.assetLimitPerPerson().signum() < 0) {
            errors.add("assetLimitPerPerson", "core.settings.error.amount");
        }
        range(s.taperMonths(), 0, 6, "taperMonths", errors);
        range(s.verificationValidityMonths(), 1, 24, "verificationValidityMonths", errors);
        range(s.publicityDays(), 1, 30, "publicityDays", errors);
    }

    private static void amount(BigDecimal value, String field, FieldErrors errors) {
        if (value == null || value.signum() <= 0 || value.compareTo(MAX_STANDARD.multiply(BigDecimal.TEN)) > 0) {
            errors.add(field, "core.settings.error.amount");
        }
    }

    private static void between(BigDecimal value, BigDecimal low, BigDecimal high, String field, FieldErrors errors) {
        if (value == null || value.compareTo(low) <= 0 || value.compareTo(high) > 0) {
            errors.add(field, "core.settings.error." + field);
        }
    }

    private static void range(int value, int low, int high, String field, FieldErrors errors) {
        if (value < low || value > high) {
            errors.add(field, "core.settings.error." + field);
        }
    }
}
