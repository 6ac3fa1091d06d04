package org.jiuzhu.core.eligibility;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a household may qualify for under one version of its region's settings. {@code perCapitaMonthlyIncome}
 * is after work costs; {@code estimatedMonthlyDibao} is standard x members - income for a dibao household (null
 * otherwise); {@code medicalAidRatio} is the in-patient out-of-pocket share reimbursed under the highest category
 * (Hubei: 100 / 70 / 60 / 50 percent), null when no medical aid follows.
 */
public record Assessment(long settingsVersion, String regionCode, BigDecimal perCapitaMonthlyIncome,
                         BigDecimal dibaoStandard, List<CategoryFinding> categories, List<AidFinding> aids,
                         BigDecimal estimatedMonthlyDibao, Integer medicalAidRatio, List<Reason> notes) {

    public boolean qualifiesForAnything() {
        return !categories.isEmpty() || !aids.isEmpty();
    }
}
