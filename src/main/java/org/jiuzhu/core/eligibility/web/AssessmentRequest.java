package org.jiuzhu.core.eligibility.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** A household to assess, as API clients send it; enums as their names, amounts in yuan. */
@Serdeable
public record AssessmentRequest(@Schema(description = "12-digit code of the household registration's village or any division above it")
                                @Nullable String regionCode,
                                @Schema(description = "true for an urban household (urban dibao standard)") @Nullable Boolean urban,
                                @Nullable List<MemberInput> members, @Nullable List<IncomeInput> incomes,
                                @Nullable BigDecimal workCosts, @Nullable List<ExpenseInput> expenses,
                                @Nullable BigDecimal financialAssets, @Nullable Boolean nonEssentialVehicle,
                                @Nullable Boolean secondHome,
                                @Schema(allowableValues = {"ADEQUATE", "DANGEROUS_C", "DANGEROUS_D", "NO_DWELLING"}) @Nullable String housing,
                                @Nullable Boolean disasterAffected, @Nullable Boolean suddenHardship) {

    @Serdeable
    public record MemberInput(
            @Schema(allowableValues = {"APPLICANT", "SPOUSE", "CHILD", "PARENT", "GRANDCHILD", "GRANDPARENT", "SIBLING", "OTHER"})
            @Nullable String relationship,
            @Nullable Integer age,
            @Schema(allowableValues = {"NONE", "PHYSICAL", "VISUAL", "HEARING", "SPEECH", "INTELLECTUAL", "MENTAL", "MULTIPLE"})
            @Nullable String disability,
            @Schema(description = "1 (most severe) to 4; 0 or absent without disability") @Nullable Integer disabilityGrade,
            @Nullable Boolean seriouslyIll, @Nullable Boolean student,
            @Schema(allowableValues = {"EMPLOYED", "UNEMPLOYED", "UNABLE_TO_WORK", "RETIRED", "NOT_APPLICABLE"})
            @Nullable String employment,
            @Schema(description = "someone outside the household is obliged and able to support this member")
            @Nullable Boolean ableSupporter) {
    }

    @Serdeable
    public record IncomeInput(
            @Schema(allowableValues = {"WAGES", "BUSINESS", "AGRICULTURE", "PROPERTY", "PENSION", "TRANSFER", "OTHER"})
            @Nullable String kind,
            @Schema(description = "yuan per month") @Nullable BigDecimal monthly) {
    }

    @Serdeable
    public record ExpenseInput(
            @Schema(allowableValues = {"MEDICAL", "EDUCATION", "DISABILITY_CARE", "DISASTER_RECOVERY", "OTHER"})
            @Nullable String kind,
            @Schema(description = "yuan per year") @Nullable BigDecimal yearly) {
    }
}
