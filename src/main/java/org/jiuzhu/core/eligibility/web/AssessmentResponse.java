package org.jiuzhu.core.eligibility.web;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;

/** An assessment with its reasons and documents already in words (Chinese unless the caller chose English). */
@Serdeable
public record AssessmentResponse(long settingsVersion, String regionCode, BigDecimal perCapitaMonthlyIncome, BigDecimal dibaoStandard,
                                 List<Finding> categories, List<Finding> aids, BigDecimal estimatedMonthlyDibao,
                                 Integer medicalAidRatio, List<String> notes) {

    @Serdeable
    public record Finding(String code, String label, List<Integer> members, boolean individual,
                          boolean illnessImpoverished, List<String> reasons, List<String> documents) {
    }
}
