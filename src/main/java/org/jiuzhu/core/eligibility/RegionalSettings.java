package org.jiuzhu.core.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The thresholds of one county from one date on. Every rule reads its numbers from here, never from a constant:
 * the seeds differ by region (k = 1.5 in Linfen, 2 in Guangxi). {@code version} identifies the record an
 * assessment used. Amounts in yuan; standards per person per month; disposable income per person per year.
 */
public record RegionalSettings(long version, String regionCode, LocalDate effectiveFrom,
                               BigDecimal urbanDibaoStandard, BigDecimal ruralDibaoStandard,
                               BigDecimal marginalMultiplier, BigDecimal disposableIncomeLastYear,
                               BigDecimal rigidExpenseMultiplier, BigDecimal assetLimitPerPerson,
                               int taperMonths, int verificationValidityMonths, int publicityDays) {

    public BigDecimal dibaoStandard(boolean urban) {
        return urban ? urbanDibaoStandard : ruralDibaoStandard;
    }
}
